import type { SafeResult } from '../../issues/Result.js';
import type { CtdlImport } from './CtdlImport.js';
import type { ImportCtdlPathwayOptions } from './ImportCtdlPathwayOptions.js';
import { importCtdlDocument } from './importCtdlDocument.js';

/**
 * Imports a CTDL pathway (Credential Engine): a `ceterms:Pathway` with its
 * components, given in an `@graph` envelope (as the Credential Registry
 * returns one), as a list of nodes, or as one object with its components
 * inline. The pathway becomes a program unit (the first unit of the
 * result) whose requirements are its destination component's conditions;
 * each other component becomes a unit, each `ceterms:TransferValueProfile`
 * of the document a recognition, each organisation named an organisation.
 * Publishers' variants are tolerated (`ceasn:` and `ceterms:` prefixes
 * mixed, `hasChild` for `hasPart`, `preceeds`, a value or a list, a text or
 * a language map). What credstack does not model is kept in
 * `extensions.ctdl`; what it had to assume or could not map is in the
 * warnings (`assumed`, `unmapped`). See `docs/interop/ctdl.md`.
 *
 * Never throws for bad input and never changes it: text that is not
 * JSON, a document with no pathway, a reference that names nothing, a loop
 * among components, requirements nested more than 32 levels deep come back
 * as issues with a path into the document.
 *
 * @param input - the document: JSON text, or data already parsed
 * @param options - see {@link ImportCtdlPathwayOptions}
 * @returns the catalog parts (`organisations`, `units`, `recognitions`) and
 *   the warnings, or the issues
 *
 * @example
 * ```ts
 * const result = safeImportCtdlPathway(await (await fetch(graphUrl)).text());
 * if (result.success) {
 *   const catalog = parseCatalog({ ...result.data });
 *   audit(catalog, record, result.data.units[0]!.id, { asOf: '2025-06-30' });
 * }
 * ```
 *
 * @category Interop
 */
export function safeImportCtdlPathway(input: unknown, options: ImportCtdlPathwayOptions = {}): SafeResult<CtdlImport> {
  return importCtdlDocument(input, options, true);
}
