import type { SafeResult } from '../../issues/Result.js';
import { readCredentialInput } from '../vc/readCredentialInput.js';
import type { CredentialImport } from './CredentialImport.js';
import type { ImportOpenBadgeOptions } from './ImportOpenBadgeOptions.js';
import { readImportSettings } from './readImportSettings.js';
import { importAchievementCredential } from './importAchievementCredential.js';
import { ImportAssembly } from './ImportAssembly.js';

/**
 * Imports an Open Badges 3.0 credential (an OpenBadgeCredential or
 * AchievementCredential, VC 1.1 or 2.0) into a learner's record: one
 * achievement with its status, dates, grade, credits, issuer, the catalog
 * unit it maps to, and the credential as received in `extensions.ob3`.
 * The input may be a compact VC-JWT, JSON text or a parsed object; it is
 * never changed.
 *
 * Its proof is checked when it can be: a VC-JWT against `jwtKey` (or, with
 * `trustHeaderKey`, the JWK in its header), embedded proofs through
 * `verifiers`. A proof that fails refuses the credential
 * (`invalid_signature`); one not checked imports it without `verified`
 * and with an `unverified` warning. Expiry is judged against `asOf`,
 * revocation through `checkStatus`; neither reads a clock or the network.
 * Never throws for bad input: it comes back as issues with paths into the
 * document (for a VC-JWT, into its decoded payload).
 *
 * @param input - a VC-JWT, JSON text, or the credential as an object
 * @param options - see {@link ImportOpenBadgeOptions}
 * @returns a promise of the import (record, and catalog parts when asked) with warnings, or the issues
 *
 * @example
 * ```ts
 * const result = await safeImportOpenBadge(jwt, { asOf: '2024-06-30', jwtKey: issuerKey, creditSystem: 'ects' });
 * if (result.success) console.log(result.data.record.achievements[0], result.warnings);
 * else console.log(result.issues);
 * ```
 *
 * @category Interop
 */
export async function safeImportOpenBadge(input: unknown, options: ImportOpenBadgeOptions = {}): Promise<SafeResult<CredentialImport>> {
  const read = readImportSettings(options);
  if (!read.ok) return { success: false, issues: read.issues };
  const { settings } = read;
  const given = readCredentialInput(input, settings.limits);
  if (!given.ok) return { success: false, issues: given.issues };
  const imported = await importAchievementCredential(settings, given.source, settings.source === undefined ? {} : { source: settings.source });
  if (!imported.ok) return { success: false, issues: given.locate(imported.issues) };
  const assembly = new ImportAssembly(settings);
  assembly.add(imported.imported, given.source.path);
  const { achievement, subjectId } = imported.imported;
  return assembly.finish({ id: achievement.id, ...(subjectId !== undefined && { learner: subjectId }) }, given.locate);
}
