import type { SafeResult } from '../../issues/Result.js';
import { issue } from '../../_internal/issue.js';
import { showValue } from '../../_internal/showValue.js';
import { readCredentialInput } from '../vc/readCredentialInput.js';
import type { CredentialImport } from '../ob3/CredentialImport.js';
import { readImportSettings } from '../ob3/readImportSettings.js';
import type { ImportClrOptions } from './ImportClrOptions.js';
import { importClrCredential } from './importClrCredential.js';

/**
 * Imports a Comprehensive Learner Record 2.0 (a ClrCredential, VC 1.1 or
 * 2.0) into a learner's record: each AchievementCredential it carries
 * (as an object or a VC-JWT) becomes an achievement as
 * {@link safeImportOpenBadge} makes one, with the CLR noted in
 * `extensions.clr`. With `catalogParts`, the CLR's achievement definitions
 * become units, and its `isParentOf`, `isChildOf` and `isPartOf`
 * associations become stacks: the whole's unit gets
 * `requirements: { all: [{ unit: part }, ...] }`. The CLR as received is
 * kept in the result's `extensions.clr`, so nothing is lost.
 *
 * The CLR's own proof is checked as a credential's is; each carried
 * credential is checked on its own, and one whose own proof was not checked
 * stands on the CLR's when the CLR was verified and both have one issuer.
 * Never throws for bad input; never changes it.
 *
 * @param input - a VC-JWT, JSON text, or the ClrCredential as an object
 * @param options - see {@link ImportClrOptions}
 * @returns a promise of the import (record, and catalog parts when asked, and the CLR in `extensions.clr`) with warnings, or the issues
 *
 * @example
 * ```ts
 * const result = await safeImportClr(text, { asOf: '2024-06-30', catalogParts: true, gradeScales: { LetterGrade: 'us-letter' } });
 * if (result.success) for (const a of result.data.record.achievements) console.log(a.unit ?? a.externalId, a.grade);
 * ```
 *
 * @category Interop
 */
export async function safeImportClr(input: unknown, options: ImportClrOptions = {}): Promise<SafeResult<CredentialImport>> {
  const read = readImportSettings(options, ['onInvalidCredential']);
  if (!read.ok) return { success: false, issues: read.issues };
  const onInvalid = read.values.get('onInvalidCredential') ?? 'fail';
  if (onInvalid !== 'fail' && onInvalid !== 'skip') {
    return { success: false, issues: [issue('invalid_option', ['options', 'onInvalidCredential'], `onInvalidCredential must be "fail" or "skip", got ${showValue(onInvalid)}`)] };
  }
  const given = readCredentialInput(input, read.settings.limits);
  if (!given.ok) return { success: false, issues: given.issues };
  const imported = await importClrCredential(read.settings, given.source, onInvalid);
  if (!imported.ok) return { success: false, issues: given.locate(imported.issues) };
  const { assembly, envelope, subjectId } = imported.clr;
  const jwt = given.source.jwt?.decoded.token;
  const clr = { credential: given.source.received, ...(jwt !== undefined && { jwt }) };
  return assembly.finish({ ...(envelope.id !== undefined && { id: envelope.id }), ...(subjectId !== undefined && { learner: subjectId }) }, given.locate, { clr });
}
