import type { SafeResult } from '../../issues/Result.js';
import type { CtdlDocument } from './CtdlDocument.js';
import type { ExportCtdlTransferValuesOptions } from './ExportCtdlTransferValuesOptions.js';
import { readExportOptions } from './readExportOptions.js';
import { chooseRecognitions, exportDocument, toCatalog } from './exportDocument.js';

/**
 * Writes a catalog's recognitions as CTDL `ceterms:TransferValueProfile`s
 * (JSON-LD), with the resources they name (as `ceterms:Course`,
 * `ceterms:AssessmentProfile` or the credential class of their kind) and
 * the organisations. Conditions, limits and filters other than lists of
 * units have no place in CTDL: reported `not_exported`, and kept under
 * `credstack:` keys for a re-import.
 *
 * @param catalog - a Catalog, or a catalog document (checked as `safeParseCatalog` checks it)
 * @param options - see {@link ExportCtdlTransferValuesOptions}
 * @returns the document and the warnings, or the issues
 *
 * @example
 * ```ts
 * const result = safeExportCtdlTransferValues(catalog, { recognitions: ['hes-scm'] });
 * if (result.success) result.data['@graph'].filter((n) => n['@type'] === 'ceterms:TransferValueProfile');
 * ```
 *
 * @category Interop
 */
export function safeExportCtdlTransferValues(catalog: unknown, options: ExportCtdlTransferValuesOptions = {}): SafeResult<CtdlDocument> {
  const asked = readExportOptions(options);
  if (!asked.ok) return { success: false, issues: asked.issues };
  const parsed = toCatalog(catalog);
  if (!parsed.success) return parsed;
  const recognitions = chooseRecognitions(parsed.data, asked.settings, () => true);
  if (!recognitions.success) return recognitions;
  return exportDocument(parsed.data, asked.settings, undefined, recognitions.data);
}
