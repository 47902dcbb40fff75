import type { SafeResult } from '../issues/Result.js';
import { parseText } from '../_internal/parseText.js';
import { readOptions } from '../_internal/readOptions.js';
import { readLimits } from '../_internal/parseLimits.js';
import { TextDocument } from '../_internal/TextDocument.js';
import { issue } from '../_internal/issue.js';
import { describeValue } from '../_internal/describeValue.js';

export type { TextDocument } from '../_internal/TextDocument.js';

/**
 * Options of {@link readYaml}: the limits the parsers take.
 *
 * @category Browser
 */
export interface ReadYamlOptions {
  /** The most characters the text may have; default 50,000,000. Longer text is refused before it is read. */
  readonly maxSize?: number;
  /** The most nodes the document may hold; default 1,000,000. */
  readonly maxNodes?: number;
}

/**
 * Reads YAML (or JSON) text for the parsers of `credstack/browser`, which
 * read text as JSON only: the one import that brings the YAML parser into
 * a browser bundle. Pass what it returns where a catalog or record is
 * taken; issues the parser then finds carry line and column in the text.
 * Malformed YAML, keys given twice, hostile nesting and text past the
 * limits are issues, as with the main entry.
 *
 * @param text - YAML or JSON text
 * @param options - see {@link ReadYamlOptions}
 * @returns the document read, or the issues that stopped it
 *
 * @example
 * ```ts
 * import { readYaml, safeParseCatalog } from 'credstack/browser';
 *
 * const read = readYaml(yamlText);
 * const parsed = read.success ? safeParseCatalog(read.data) : read;
 * ```
 *
 * @category Browser
 */
export function readYaml(text: string, options: ReadYamlOptions = {}): SafeResult<TextDocument> {
  const asked = readOptions(options, ['maxSize', 'maxNodes']);
  if (!asked.ok) return { success: false, issues: asked.issues };
  const limits = readLimits(asked.values);
  if (!limits.ok) return { success: false, issues: limits.issues };
  if (typeof text !== 'string') return { success: false, issues: [issue('invalid_type', [], `expected YAML text, got ${describeValue(text)}`)] };
  const read = parseText(text, limits.limits);
  if (!read.ok) return { success: false, issues: read.issues };
  return { success: true, data: new TextDocument(read.value, read.locate), warnings: [] };
}
