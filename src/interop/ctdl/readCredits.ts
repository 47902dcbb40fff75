import type { Credits } from '../../model/credits.js';
import { MAX_CREDITS } from '../../model/credits.js';
import type { CtdlNode, CtdlValue } from './CtdlNode.js';
import type { ImportContext } from './ImportContext.js';
import { systemOfUnit } from './creditUnits.js';
import { readConcept, readNumber } from './readValues.js';

const PLAIN_PROFILE = new Set(['@type', 'creditUnitType', 'value', 'description', 'credstack:creditSystem']);

/**
 * Credits from a `creditValue` or `transferValue` (a list of
 * `ceterms:ValueProfile`): the first profile credstack can read. Its
 * `creditUnitType` (a concept such as `creditUnit:SemesterHour`, as text or
 * as an alignment object) names the credit system; its value is
 * `schema:value`, or `minValue` when only a range is given (reported as
 * assumed). `exact` is false when anything was left aside (other profiles,
 * a range, percentages, levels): the caller then keeps the profiles in
 * `extensions.ctdl`.
 *
 * @internal
 */
export function readCredits(ctx: ImportContext, values: readonly CtdlValue[]): { credits: Credits | undefined; exact: boolean } {
  let credits: Credits | undefined;
  let exact = values.length <= 1;
  for (const v of values) {
    const profile = ctx.graph.resolveValue(v);
    const read = profile === undefined ? undefined : readProfile(ctx, profile);
    if (read === undefined || credits !== undefined) {
      exact = false;
      continue;
    }
    credits = read.credits;
    exact &&= read.exact;
  }
  if (values.length > 1 && credits !== undefined) ctx.warn('unmapped', values[0]!.path, 'only the first credit value credstack can read is kept as credits (all are kept in extensions.ctdl)');
  return { credits, exact };
}

function readProfile(ctx: ImportContext, profile: CtdlNode): { credits: Credits; exact: boolean } | undefined {
  const system = systemOf(ctx, profile);
  const amount = amountOf(ctx, profile);
  if (system === undefined || amount === undefined) return undefined;
  if (amount.value < 0 || amount.value > MAX_CREDITS) {
    ctx.fail('invalid_credits', amount.path, `credits must be between 0 and ${MAX_CREDITS}, got ${amount.value}`);
    return undefined;
  }
  const plain = profile.terms().every((t) => PLAIN_PROFILE.has(t)) && profile.values('creditUnitType').length <= 1;
  return { credits: { value: amount.value, system }, exact: plain && amount.exact };
}

function systemOf(ctx: ImportContext, profile: CtdlNode): string | undefined {
  const own = profile.raw['credstack:creditSystem'];
  if (typeof own === 'string' && own !== '') return own;
  const units = profile.values('creditUnitType').map((v) => readConcept(v.value)).filter((u): u is string => u !== undefined);
  if (units.length === 0) {
    if (ctx.settings.defaultCreditSystem !== undefined) {
      ctx.warn('assumed', profile.path, `the credit value names no credit unit: taken as ${ctx.settings.defaultCreditSystem}, the default credit system`);
      return ctx.settings.defaultCreditSystem;
    }
    ctx.warn('unmapped', profile.path, 'the credit value names no credit unit, so it was not imported as credits (give defaultCreditSystem to read it)');
    return undefined;
  }
  for (const unit of units) {
    const found = systemOfUnit(unit, ctx.settings.creditUnits);
    if (found === undefined) continue;
    if (found.assumed) ctx.warn('assumed', profile.path, `${unit} was read as ${found.system}`);
    return found.system;
  }
  ctx.warn('unmapped', profile.path, `the credit unit ${units.join(', ')} is no credit system credstack knows, so it was not imported as credits (map it with creditUnits)`);
  return undefined;
}

function amountOf(ctx: ImportContext, profile: CtdlNode): { value: number; exact: boolean; path: CtdlValue['path'] } | undefined {
  const given = profile.first('value');
  const value = readNumber(given?.value);
  if (given !== undefined && value !== undefined) return { value, exact: true, path: given.path };
  const min = profile.first('minValue');
  const low = readNumber(min?.value);
  const high = readNumber(profile.first('maxValue')?.value);
  if (min !== undefined && low !== undefined) {
    if (high !== low) ctx.warn('assumed', min.path, `the credit value is a range; its least, ${low}, was taken`);
    return { value: low, exact: false, path: min.path };
  }
  ctx.warn('unmapped', profile.path, 'the credit value gives no number, so it was not imported as credits');
  return undefined;
}
