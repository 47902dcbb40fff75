import type { Issue } from '../issues/Issue.js';
import type { ParseLimits } from '../_internal/parseLimits.js';
import { parseText } from '../_internal/parseText.js';
import { TextDocument } from '../_internal/TextDocument.js';
import type { Io } from './Io.js';
import { readDocument } from './readDocument.js';

/**
 * A file read and parsed once, ready for `safeParseCatalog`,
 * `safeParseRecord` or `safeAudit` (which take it in place of the text and
 * do not read it again); or why it could not be read; or the issues with
 * its text (too large, not UTF-8, not JSON or YAML, too deep).
 *
 * @category Command line
 */
export type LoadDocumentResult =
  | { readonly ok: true; readonly document: TextDocument }
  | { readonly ok: false; readonly reason: string }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Reads a file and parses its JSON or YAML, within the limits.
 *
 * @param io - where to read
 * @param file - the path as the user gave it
 * @param limits - the most bytes (`maxSize`) and nodes (`maxNodes`) a document may have
 * @returns the parsed document, the reason the file could not be read, or the issues with it
 *
 * @example
 * ```ts
 * const loaded = await loadDocument(io, 'catalog.yaml', limits);
 * if (loaded.ok) safeParseCatalog(loaded.document);
 * ```
 *
 * @category Command line
 */
export async function loadDocument(io: Io, file: string, limits: ParseLimits): Promise<LoadDocumentResult> {
  const read = await readDocument(io, file, limits.maxSize);
  if (!read.ok) return read;
  const parsed = parseText(read.text, limits);
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  return { ok: true, document: new TextDocument(parsed.value, parsed.locate) };
}
