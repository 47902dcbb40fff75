import { CredstackError } from '../../issues/CredstackError.js';
import type { CtdlImport } from './CtdlImport.js';
import type { ImportCtdlPathwayOptions } from './ImportCtdlPathwayOptions.js';
import { safeImportCtdlPathway } from './safeImportCtdlPathway.js';

/**
 * Imports a CTDL pathway, as {@link safeImportCtdlPathway} does, and
 * throws on bad input. The warnings are not returned: use the safe form
 * to read them.
 *
 * @param input - the document: JSON text, or data already parsed
 * @param options - see {@link ImportCtdlPathwayOptions}
 * @returns the catalog parts; the program is the first unit
 * @throws {@link CredstackError} carrying every issue found
 *
 * @example
 * ```ts
 * const imported = importCtdlPathway(graphJson);
 * const catalog = parseCatalog({ ...imported });
 * catalog.unit(imported.units[0]!.id)?.requirements;
 * ```
 *
 * @category Interop
 */
export function importCtdlPathway(input: unknown, options: ImportCtdlPathwayOptions = {}): CtdlImport {
  const result = safeImportCtdlPathway(input, options);
  if (!result.success) throw new CredstackError(result.issues, 'CTDL pathway');
  return result.data;
}
