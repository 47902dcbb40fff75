import type { Issue } from '../issues/Issue.js';
import type { ParseLimits } from './parseLimits.js';

/** Adds line and column to issues about data read from a text. @internal */
export type Locate = (issues: readonly Issue[]) => Issue[];

/**
 * A text read into plain data (checked for depth and size, so callers need
 * not walk it again) with a way to place later issues in the text, or the
 * issues that stopped it.
 *
 * @internal
 */
export type ParsedText = { ok: true; value: unknown; locate: Locate } | { ok: false; issues: Issue[] };

/**
 * How a parser reads text it is given: `parseText` (JSON or YAML) behind
 * the main entry, `parseJsonText` (JSON only, so that a browser bundle
 * never holds the YAML parser) behind `credstack/browser`.
 *
 * @internal
 */
export type ReadText = (text: string, limits: ParseLimits) => ParsedText;
