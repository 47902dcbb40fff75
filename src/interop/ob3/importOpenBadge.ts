import { CredstackError } from '../../issues/CredstackError.js';
import type { CredentialImport } from './CredentialImport.js';
import type { ImportOpenBadgeOptions } from './ImportOpenBadgeOptions.js';
import { safeImportOpenBadge } from './safeImportOpenBadge.js';

/**
 * Imports an Open Badges 3.0 credential, as {@link safeImportOpenBadge}
 * does, and rejects on bad input. Warnings are not returned: use the safe
 * form to see what was assumed or left unverified.
 *
 * @param input - a VC-JWT, JSON text, or the credential as an object
 * @param options - see {@link ImportOpenBadgeOptions}
 * @returns a promise of the import
 * @throws {@link CredstackError} (as a rejected promise) carrying every issue found
 *
 * @example
 * ```ts
 * const { record } = await importOpenBadge(jsonText, { asOf: '2024-06-30' });
 * record.achievements[0]?.earnedOn; // '2010-01-01'
 * ```
 *
 * @category Interop
 */
export async function importOpenBadge(input: unknown, options: ImportOpenBadgeOptions = {}): Promise<CredentialImport> {
  const result = await safeImportOpenBadge(input, options);
  if (!result.success) throw new CredstackError(result.issues, 'Open Badge');
  return result.data;
}
