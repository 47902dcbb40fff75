import type { Catalog } from '../../catalog/Catalog.js';
import type { TextDocument } from '../../_internal/TextDocument.js';
import { safeParseRecord } from '../../record/safeParseRecord.js';
import { invalidReport, plural, type FileReport } from './FileReport.js';

/**
 * A valid catalog and the file it came from, to check records against.
 *
 * @category Command line
 */
export interface CatalogFile {
  /** The catalog's file name, for the summary line. */
  readonly file: string;
  /** The catalog. */
  readonly catalog: Catalog;
}

/**
 * Validates a learner's record's text, against a catalog when there is one.
 *
 * @param file - the file name, for the report
 * @param document - the record, read from its file (JSON or YAML)
 * @param against - the catalog to check references against, if any
 * @returns the report
 *
 * @example
 * ```ts
 * checkRecordFile('record.yaml', loaded.document, { file: 'catalog.yaml', catalog });
 * ```
 *
 * @category Command line
 */
export function checkRecordFile(file: string, document: TextDocument, against: CatalogFile | undefined): FileReport {
  const result = safeParseRecord(document, against ? { catalog: against.catalog } : {});
  if (!result.success) return invalidReport(file, 'record', result.issues);
  const checked = against ? `checked against ${against.file}` : 'no valid catalog to check its references against';
  const warned = result.warnings.length > 0 ? `; ${plural(result.warnings.length, 'warning')}` : '';
  const summary = `valid record (${plural(result.data.achievements.length, 'achievement')}, ${checked}${warned})`;
  return { file, kind: 'record', valid: true, issues: [], warnings: result.warnings, summary };
}
