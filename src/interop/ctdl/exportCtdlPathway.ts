import { CredstackError } from '../../issues/CredstackError.js';
import type { CtdlDocument } from './CtdlDocument.js';
import type { ExportCtdlPathwayOptions } from './ExportCtdlPathwayOptions.js';
import { safeExportCtdlPathway } from './safeExportCtdlPathway.js';

/**
 * Writes a program as a CTDL pathway, as {@link safeExportCtdlPathway}
 * does, and throws on bad input. The `not_exported` warnings are not
 * returned: use the safe form to read them.
 *
 * @param catalog - a Catalog, or a catalog document
 * @param programId - the program: a unit of the catalog with requirements
 * @param options - see {@link ExportCtdlPathwayOptions}
 * @returns the JSON-LD document
 * @throws {@link CredstackError} when the catalog, the program id or the options are not valid
 *
 * @example
 * ```ts
 * const doc = exportCtdlPathway(catalog, 'alm-management', { language: 'en' });
 * doc['@graph'][0]['@type']; // 'ceterms:Pathway'
 * ```
 *
 * @category Interop
 */
export function exportCtdlPathway(catalog: unknown, programId: unknown, options: ExportCtdlPathwayOptions = {}): CtdlDocument {
  const result = safeExportCtdlPathway(catalog, programId, options);
  if (!result.success) throw new CredstackError(result.issues, 'CTDL export');
  return result.data;
}
