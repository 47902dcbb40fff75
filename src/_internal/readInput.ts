import type { Issue } from '../issues/Issue.js';
import { parseText, type Locate } from './parseText.js';
import { readData } from './readData.js';
import type { ParseLimits } from './parseLimits.js';
import { TextDocument } from './TextDocument.js';

/** Input read and checked, with a way to place issues in its text, or the issues that stopped it. @internal */
export type ReadInput = { ok: true; value: unknown; locate: Locate } | { ok: false; issues: Issue[] };

const AS_IS: Locate = (issues) => [...issues];

/**
 * The first steps every parser shares: text (JSON or YAML) is read into
 * data, within `limits`; data from a caller is copied once into plain
 * data (so getters and proxies are read once, and a getter that throws is
 * an issue) and checked for hostile nesting and size before anything
 * recursive looks at it. A {@link TextDocument} was read already.
 *
 * @internal
 */
export function readInput(input: unknown, limits: ParseLimits): ReadInput {
  if (isTextDocument(input)) return { ok: true, value: input.value, locate: input.locate };
  if (typeof input === 'string') return parseText(input, limits);
  const read = readData(input, { maxNodes: limits.maxNodes, copy: true });
  if (!read.ok) return { ok: false, issues: [read.issue] };
  return { ok: true, value: read.value, locate: AS_IS };
}

function isTextDocument(input: unknown): input is TextDocument {
  try {
    return input instanceof TextDocument;
  } catch {
    // A revoked Proxy throws even here; readData reports it.
    return false;
  }
}
