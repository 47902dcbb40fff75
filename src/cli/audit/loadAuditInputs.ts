import type { Catalog } from '../../catalog/Catalog.js';
import { safeParseCatalog } from '../../catalog/safeParseCatalog.js';
import type { Io } from '../Io.js';
import { formatIssue } from '../formatIssue.js';
import { readDocument } from '../readDocument.js';
import type { AuditInputs } from './formatAuditIssue.js';

/**
 * The catalog, parsed, and the record's text, ready to audit.
 *
 * @category Command line
 */
export interface LoadedAuditInputs {
  readonly catalog: Catalog;
  /** The record as text, so that `safeAudit`'s issues carry line and column. */
  readonly recordText: string;
}

/**
 * Reads the catalog and record files and parses the catalog. Reports on
 * standard error a file that cannot be read and the catalog's issues (and
 * warnings), one line each.
 *
 * @param io - where to read and report
 * @param inputs - the file names
 * @returns the catalog and the record's text, or `undefined` after reporting a problem
 *
 * @example
 * ```ts
 * const loaded = await loadAuditInputs(io, { catalog: 'c.yaml', record: 'r.yaml' });
 * if (!loaded) return EXIT_CODES.invalidData;
 * ```
 *
 * @category Command line
 */
export async function loadAuditInputs(io: Io, inputs: AuditInputs): Promise<LoadedAuditInputs | undefined> {
  const catalogRead = await readDocument(io, inputs.catalog);
  const recordRead = await readDocument(io, inputs.record);
  const lines: string[] = [];
  if (!catalogRead.ok) lines.push(`${inputs.catalog}: cannot read: ${catalogRead.reason}`);
  if (!recordRead.ok) lines.push(`${inputs.record}: cannot read: ${recordRead.reason}`);
  if (!catalogRead.ok || !recordRead.ok) return void io.stderr(`${lines.join('\n')}\n`);
  const parsed = safeParseCatalog(catalogRead.text);
  if (!parsed.success) {
    io.stderr(parsed.issues.map((i) => `${formatIssue(inputs.catalog, i)}\n`).join(''));
    return undefined;
  }
  io.stderr(parsed.warnings.map((w) => `${formatIssue(inputs.catalog, w, { warning: true })}\n`).join(''));
  return { catalog: parsed.data, recordText: recordRead.text };
}
