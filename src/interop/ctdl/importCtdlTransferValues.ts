import { CredstackError } from '../../issues/CredstackError.js';
import type { CtdlImport } from './CtdlImport.js';
import type { ImportCtdlTransferValuesOptions } from './ImportCtdlTransferValuesOptions.js';
import { safeImportCtdlTransferValues } from './safeImportCtdlTransferValues.js';

/**
 * Imports the transfer values of a CTDL document as recognitions, as
 * {@link safeImportCtdlTransferValues} does, and throws on bad input.
 *
 * @param input - the document: JSON text, or data already parsed
 * @param options - see {@link ImportCtdlTransferValuesOptions}
 * @returns the catalog parts
 * @throws {@link CredstackError} carrying every issue found
 *
 * @example
 * ```ts
 * const { recognitions, units, organisations } = importCtdlTransferValues(text);
 * ```
 *
 * @category Interop
 */
export function importCtdlTransferValues(input: unknown, options: ImportCtdlTransferValuesOptions = {}): CtdlImport {
  const result = safeImportCtdlTransferValues(input, options);
  if (!result.success) throw new CredstackError(result.issues, 'CTDL transfer values');
  return result.data;
}
