import { safeImportCtdlPathway } from '../../interop/ctdl/safeImportCtdlPathway.js';
import type { CatalogDocument } from '../../model/catalogDocument.js';
import type { ImportFormat } from './ImportFormat.js';

/**
 * `credstack import ctdl`: a CTDL `ceterms:Pathway` (JSON-LD, as the
 * Credential Registry returns it or as a plain object) into catalog parts:
 * the program, its components as units, its transfer values as
 * recognitions, with {@link safeImportCtdlPathway}.
 *
 * @example
 * ```ts
 * const outcome = await ctdlFormat.run(text, settings);
 * ```
 *
 * @category Command line
 */
export const ctdlFormat: ImportFormat = {
  name: 'ctdl',
  summary: 'a CTDL pathway (JSON-LD) → catalog parts: the program, its components and transfer values',
  emits: 'catalog',
  partsAlways: true,
  run: async (text) => {
    const result = safeImportCtdlPathway(text);
    if (!result.success) return result;
    const { organisations, units, recognitions, gradeScales, creditSystems } = result.data;
    const catalog: CatalogDocument = {
      ...(creditSystems !== undefined && creditSystems.length > 0 && { creditSystems: [...creditSystems] }),
      ...(gradeScales !== undefined && gradeScales.length > 0 && { gradeScales: [...gradeScales] }),
      organisations: [...organisations],
      units: [...units],
      ...(recognitions.length > 0 && { recognitions: [...recognitions] }),
    };
    return { success: true, catalog, warnings: result.warnings };
  },
};
