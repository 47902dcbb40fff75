import type { Credits } from '../../model/credits.js';
import type { IssuePath } from '../../issues/Issue.js';
import type { ExportContext } from './ExportContext.js';
import { unitOfSystem } from './creditUnits.js';

/**
 * A `ceterms:ValueProfile` of credits: the credit unit as the Registry
 * publishes it (a `ceterms:CredentialAlignmentObject` naming the
 * `creditUnit:` concept) and the value as `schema:value`. Credits in a
 * system CTDL has no credit unit for (ECTS, UK CATS, a catalog's own) are
 * written without one, the system named in the description (and under
 * `credstack:creditSystem`), reported `not_exported`.
 *
 * @internal
 */
export function valueProfile(ctx: ExportContext, credits: Credits, path: IssuePath): Record<string, unknown> {
  const unit = unitOfSystem(credits.system);
  if (unit !== undefined) {
    return {
      '@type': 'ceterms:ValueProfile',
      'ceterms:creditUnitType': [{ '@type': 'ceterms:CredentialAlignmentObject', 'ceterms:framework': 'https://credreg.net/ctdl/terms/CreditUnit', 'ceterms:targetNode': unit }],
      'schema:value': credits.value,
    };
  }
  ctx.notExported(path, `the credit system "${credits.system}"`, 'credstack:creditSystem');
  const profile: Record<string, unknown> = { '@type': 'ceterms:ValueProfile', 'schema:value': credits.value, 'ceterms:description': ctx.text(`${credits.system} credits`) };
  if (ctx.settings.credstack) profile['credstack:creditSystem'] = credits.system;
  return profile;
}

/** Whether credits are written so that a plain CTDL import reads them back. @internal */
export function creditsAreNative(credits: Credits | undefined): boolean {
  return credits === undefined || unitOfSystem(credits.system) !== undefined;
}
