import { safeImportClr } from '../../interop/clr/safeImportClr.js';
import { safeImportOpenBadge } from '../../interop/ob3/safeImportOpenBadge.js';
import type { ImportOpenBadgeOptions } from '../../interop/ob3/ImportOpenBadgeOptions.js';
import type { ImportFormat, ImportOutcome, ImportSettings } from './ImportFormat.js';
import type { SafeResult } from '../../issues/Result.js';
import type { CredentialImport } from '../../interop/ob3/CredentialImport.js';

function credentialOptions(s: ImportSettings): ImportOpenBadgeOptions {
  return {
    source: s.source,
    catalogParts: s.parts,
    trustHeaderKey: s.trustHeaderKey,
    ...(s.catalog && { catalog: s.catalog }),
    ...(s.asOf !== undefined && { asOf: s.asOf }),
    ...(s.creditSystem !== undefined && { creditSystem: s.creditSystem }),
    ...(s.key && { jwtKey: s.key }),
  };
}

function outcomeOf(result: SafeResult<CredentialImport>): ImportOutcome {
  if (!result.success) return result;
  const { record, catalog } = result.data;
  return { success: true, record, ...(catalog && { catalog }), warnings: result.warnings };
}

/**
 * `credstack import ob3`: an OpenBadgeCredential or AchievementCredential
 * (JSON or VC-JWT) into a record, with {@link safeImportOpenBadge}.
 *
 * @example
 * ```ts
 * const outcome = await openBadgeFormat.run(text, settings);
 * ```
 *
 * @category Command line
 */
export const openBadgeFormat: ImportFormat = {
  name: 'ob3',
  summary: 'an Open Badges 3.0 credential (JSON or VC-JWT) → a record',
  emits: 'record',
  run: async (text, settings) => outcomeOf(await safeImportOpenBadge(text, credentialOptions(settings))),
};

/**
 * `credstack import clr`: a CLR 2.0 ClrCredential (JSON or VC-JWT) into a
 * record, with {@link safeImportClr}; with `--parts`, its stacks as units.
 *
 * @example
 * ```ts
 * const outcome = await clrFormat.run(text, settings);
 * ```
 *
 * @category Command line
 */
export const clrFormat: ImportFormat = {
  name: 'clr',
  summary: 'a CLR 2.0 learner record (JSON or VC-JWT) → a record; --parts: its programs and courses',
  emits: 'record',
  run: async (text, settings) => outcomeOf(await safeImportClr(text, credentialOptions(settings))),
};
