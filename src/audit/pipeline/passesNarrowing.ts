import type { Candidate } from '../Candidate.js';
import type { Narrowing } from '../compile/CompiledTree.js';
import type { Reason } from '../ReasonCode.js';
import type { AuditContext } from './AuditContext.js';
import { gradeRank } from '../../grades/gradeRank.js';
import { convertGrade } from '../../grades/convertGrade.js';
import { shiftDate } from '../../_internal/dates.js';

/**
 * Whether a candidate meets a leaf's narrowing qualifiers (grade bars,
 * verification and date limits from the leaf and its ancestors); the first
 * failure as a reason, or `undefined` when it passes.
 *
 * @internal
 */
export function narrowingFailure(c: Candidate, narrowing: Narrowing, ctx: AuditContext): Reason | undefined {
  for (const { node, bar } of narrowing.minGrades) {
    if (!meetsGrade(c, bar.scale, bar.grade, ctx)) {
      const has = c.grade ? `grade ${String(c.grade.value)} (${c.grade.scale})` : 'no grade';
      return { code: 'grade_below_minimum', message: `requirement "${node}" asks for ${String(bar.grade)} or better on "${bar.scale}"; it has ${has}`, requirement: node };
    }
  }
  const [asksVerified] = narrowing.verified;
  if (asksVerified !== undefined && !c.verified) {
    return { code: 'not_verified', message: `requirement "${asksVerified}" takes only verified achievements; ${unverified(c)}`, requirement: asksVerified };
  }
  for (const { node, duration } of narrowing.earnedWithin) {
    const since = shiftDate(ctx.asOf!, duration, -1);
    if (c.earnedOn < since) {
      return { code: 'earned_too_long_ago', message: `requirement "${node}" takes only what was earned within ${duration} (since ${since}); earned ${c.earnedOn}`, requirement: node };
    }
  }
  for (const { node, from, until } of narrowing.earnedBetween) {
    if ((from !== undefined && c.earnedOn < from) || (until !== undefined && c.earnedOn > until)) {
      return { code: 'outside_dates', message: `requirement "${node}" takes only what was earned between ${from ?? 'any time'} and ${until ?? 'any time'}; earned ${c.earnedOn}`, requirement: node };
    }
  }
  return undefined;
}

/**
 * What is not verified, in words that hold for every record achievement the
 * candidate stands on: a verified part of an unverified composite is not
 * itself to blame.
 */
function unverified(c: Candidate): string {
  if (c.provenance.kind === 'inferred') return `${c.unitId} (${c.key}), stacked from it, is not verified: not all of its parts are`;
  if (c.provenance.kind === 'recognized') return `what recognition "${c.provenance.recognition}" granted for it (${c.key}) is not verified, as its source is not`;
  return 'this achievement is not verified';
}

/**
 * Whether a candidate's grade reaches a bar on a scale, converting only
 * through conversions the catalog states.
 *
 * @internal
 */
export function meetsGrade(c: Candidate, scaleId: string, bar: string | number, ctx: AuditContext): boolean {
  if (!c.grade) return false;
  const own = ctx.catalog.gradeScale(c.grade.scale);
  const target = ctx.catalog.gradeScale(scaleId);
  if (!own || !target) return false;
  const value = convertGrade(own, c.grade.value, scaleId);
  if (value === undefined) return false;
  const rank = gradeRank(target, value);
  const need = gradeRank(target, bar);
  return rank !== undefined && need !== undefined && rank >= need;
}
