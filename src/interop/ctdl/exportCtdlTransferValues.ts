import { CredstackError } from '../../issues/CredstackError.js';
import type { CtdlDocument } from './CtdlDocument.js';
import type { ExportCtdlTransferValuesOptions } from './ExportCtdlTransferValuesOptions.js';
import { safeExportCtdlTransferValues } from './safeExportCtdlTransferValues.js';

/**
 * Writes a catalog's recognitions as CTDL transfer value profiles, as
 * {@link safeExportCtdlTransferValues} does, and throws on bad input.
 *
 * @param catalog - a Catalog, or a catalog document
 * @param options - see {@link ExportCtdlTransferValuesOptions}
 * @returns the JSON-LD document
 * @throws {@link CredstackError} when the catalog or the options are not valid
 *
 * @example
 * ```ts
 * const doc = exportCtdlTransferValues(catalog);
 * ```
 *
 * @category Interop
 */
export function exportCtdlTransferValues(catalog: unknown, options: ExportCtdlTransferValuesOptions = {}): CtdlDocument {
  const result = safeExportCtdlTransferValues(catalog, options);
  if (!result.success) throw new CredstackError(result.issues, 'CTDL export');
  return result.data;
}
