import type { SafeResult } from '../../issues/Result.js';
import type { CtdlImport } from './CtdlImport.js';
import type { ImportCtdlTransferValuesOptions } from './ImportCtdlTransferValuesOptions.js';
import { importCtdlDocument } from './importCtdlDocument.js';

/**
 * Imports the `ceterms:TransferValueProfile`s of a CTDL document (one, a
 * list, or an `@graph`) as recognitions: achievements of what
 * `transferValueFrom` names count as the `transferValue` credits and the
 * units `transferValueFor` names, at the organisation that offers or owns
 * the profile, for achievements between its `startDate` and `endDate`. The
 * resources they name become units (those the document does not hold are
 * titled by their id, reported). Pathways in the document are not read: use
 * {@link safeImportCtdlPathway} for a pathway and its transfer values.
 *
 * @param input - the document: JSON text, or data already parsed
 * @param options - see {@link ImportCtdlTransferValuesOptions}
 * @returns the catalog parts and the warnings, or the issues (a document
 *   with no transfer value is one)
 *
 * @example
 * ```ts
 * const result = safeImportCtdlTransferValues(text, { creditUnits: { DegreeCredit: 'us-semester' } });
 * if (result.success) result.data.recognitions.map((r) => r.grants);
 * ```
 *
 * @category Interop
 */
export function safeImportCtdlTransferValues(input: unknown, options: ImportCtdlTransferValuesOptions = {}): SafeResult<CtdlImport> {
  return importCtdlDocument(input, options, false);
}
