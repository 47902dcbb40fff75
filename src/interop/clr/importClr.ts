import { CredstackError } from '../../issues/CredstackError.js';
import type { CredentialImport } from '../ob3/CredentialImport.js';
import type { ImportClrOptions } from './ImportClrOptions.js';
import { safeImportClr } from './safeImportClr.js';

/**
 * Imports a Comprehensive Learner Record 2.0, as {@link safeImportClr}
 * does, and rejects on bad input. Warnings are not returned: use the safe
 * form to see what was assumed or left unverified.
 *
 * @param input - a VC-JWT, JSON text, or the ClrCredential as an object
 * @param options - see {@link ImportClrOptions}
 * @returns a promise of the import
 * @throws {@link CredstackError} (as a rejected promise) carrying every issue found
 *
 * @example
 * ```ts
 * const { record, catalog } = await importClr(text, { asOf: '2024-06-30', catalogParts: true });
 * record.achievements.length; // one for each credential the CLR carries
 * ```
 *
 * @category Interop
 */
export async function importClr(input: unknown, options: ImportClrOptions = {}): Promise<CredentialImport> {
  const result = await safeImportClr(input, options);
  if (!result.success) throw new CredstackError(result.issues, 'CLR');
  return result.data;
}
