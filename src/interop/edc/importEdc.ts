import { CredstackError } from '../../issues/CredstackError.js';
import type { EdcImport } from './EdcImport.js';
import { safeImportEdc, type ImportEdcOptions } from './safeImportEdc.js';

/**
 * Imports a European Digital Credential, as {@link safeImportEdc} does, and
 * throws on bad input. Warnings (an unverified proof, assumed dates) are
 * not returned: use {@link safeImportEdc} to see them.
 *
 * @param input - the credential: a plain object, or its JSON text
 * @param options - see {@link ImportEdcOptions}
 * @returns the catalog and record fragments
 * @throws {@link CredstackError} carrying every issue found
 *
 * @example
 * ```ts
 * const { catalog, record } = importEdc(credential);
 * catalog.units[0]?.kind; // 'micro-credential'
 * ```
 *
 * @category Interop
 */
export function importEdc(input: unknown, options: ImportEdcOptions = {}): EdcImport {
  const result = safeImportEdc(input, options);
  if (!result.success) throw new CredstackError(result.issues, 'European Digital Credential');
  return result.data;
}
