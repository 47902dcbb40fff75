import type { Catalog } from '../../catalog/Catalog.js';
import { safeParseCatalog } from '../../catalog/safeParseCatalog.js';
import type { ParseLimits } from '../../_internal/parseLimits.js';
import type { TextDocument } from '../../_internal/TextDocument.js';
import type { Io } from '../Io.js';
import { loadDocument, type LoadDocumentResult } from '../loadDocument.js';
import { invalidReport, type FileReport } from '../validate/FileReport.js';
import type { AuditInputs } from './formatAuditIssue.js';

/**
 * The catalog, parsed, and the record, read, ready to audit; or the reports
 * of the files that stopped it.
 *
 * @category Command line
 */
export type LoadedAuditInputs =
  | {
      readonly ok: true;
      readonly catalog: Catalog;
      /** The catalog's report: valid, with its warnings. */
      readonly catalogReport: FileReport;
      /** The record, read once, so that `safeAudit`'s issues carry line and column. */
      readonly record: TextDocument;
    }
  | { readonly ok: false; readonly reports: readonly FileReport[] };

/**
 * Reads the catalog and record files, each once, and parses the catalog.
 * Prints nothing: a file that cannot be read, is not JSON or YAML, or (the
 * catalog) is invalid comes back in a report, as `credstack validate`
 * makes them.
 *
 * @param io - where to read
 * @param inputs - the file names
 * @param limits - the most bytes a file and nodes a document may have
 * @returns the catalog and the record, or the reports of the files with problems
 *
 * @example
 * ```ts
 * const loaded = await loadAuditInputs(io, { catalog: 'c.yaml', record: 'r.yaml' }, limits);
 * if (!loaded.ok) return reportProblems(loaded.reports);
 * ```
 *
 * @category Command line
 */
export async function loadAuditInputs(io: Io, inputs: AuditInputs, limits: ParseLimits): Promise<LoadedAuditInputs> {
  const catalogRead = await loadDocument(io, inputs.catalog, limits);
  const recordRead = await loadDocument(io, inputs.record, limits);
  const recordProblem = problemReport(inputs.record, 'record', recordRead);
  if (!catalogRead.ok) return { ok: false, reports: [problemReport(inputs.catalog, 'catalog', catalogRead)!, ...(recordProblem ? [recordProblem] : [])] };
  const parsed = safeParseCatalog(catalogRead.document);
  const catalogReport: FileReport = parsed.success
    ? { file: inputs.catalog, kind: 'catalog', valid: true, issues: [], warnings: parsed.warnings, summary: 'valid catalog' }
    : invalidReport(inputs.catalog, 'catalog', parsed.issues);
  if (!parsed.success || !recordRead.ok) return { ok: false, reports: [catalogReport, ...(recordProblem ? [recordProblem] : [])] };
  return { ok: true, catalog: parsed.data, catalogReport, record: recordRead.document };
}

function problemReport(file: string, kind: 'catalog' | 'record', loaded: LoadDocumentResult): FileReport | undefined {
  if (loaded.ok) return undefined;
  if ('reason' in loaded) return { file, kind, valid: false, issues: [], warnings: [], error: loaded.reason, summary: `cannot read: ${loaded.reason}` };
  return invalidReport(file, kind, loaded.issues);
}
