import type { Policies } from '../../model/policies.js';
import type { GradeScale } from '../../model/gradeScale.js';
import type { Candidate } from '../Candidate.js';
import type { AuditContext } from './AuditContext.js';
import { convertGrade } from '../../grades/convertGrade.js';
import { gradeRank } from '../../grades/gradeRank.js';
import { byCodeUnits } from '../../_internal/byCodeUnits.js';

/** How a program picks the attempt of a retaken unit that counts. @internal */
export type RetakePolicy = NonNullable<Policies['retakes']>;

/**
 * The order in which a retake policy prefers the attempts of one unit,
 * most preferred first, as a comparator over those attempts:
 *
 * - `best`: the highest grade, by the order of its scale (grades on other
 *   scales compared through the conversions the catalog states; an
 *   ungraded attempt, or one whose grade cannot be compared, comes after
 *   every graded one); ties go to a completed attempt over one counted
 *   through look-ahead, then to the latest;
 * - `latest`: the latest earned;
 * - `first`: the earliest earned.
 *
 * Remaining ties go to key order, so the choice never depends on the order
 * of the record.
 *
 * @param policy - the program's `retakes` policy
 * @param attempts - the eligible attempts of one unit
 * @param ctx - the audit, for the catalog's grade scales
 * @returns a comparator: negative when its first argument is preferred
 * @internal
 */
export function compareAttempts(policy: RetakePolicy, attempts: readonly Candidate[], ctx: AuditContext): (a: Candidate, b: Candidate) => number {
  const byKey = (a: Candidate, b: Candidate): number => byCodeUnits(a.key, b.key);
  const latest = (a: Candidate, b: Candidate): number => byCodeUnits(b.earnedOn, a.earnedOn);
  if (policy === 'latest') return (a, b) => latest(a, b) || byKey(a, b);
  if (policy === 'first') return (a, b) => -latest(a, b) || byKey(a, b);
  const standing = gradeStanding(attempts, ctx);
  return (a, b) => higher(standing.get(a), standing.get(b)) || Number(a.lookAhead) - Number(b.lookAhead) || latest(a, b) || byKey(a, b);
}

/** Negative when `a` is the higher grade; a grade that cannot be compared comes last. */
function higher(a: number | undefined, b: number | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return b - a;
}

/**
 * Each attempt's grade as a rank on one common scale: of the scales the
 * attempts are graded on, the one that most of their grades reach (through
 * stated conversions), the first by id among equals.
 */
function gradeStanding(attempts: readonly Candidate[], ctx: AuditContext): Map<Candidate, number> {
  const scales = [...new Set(attempts.flatMap((c) => (c.grade ? [c.grade.scale] : [])))].sort(byCodeUnits);
  let best = new Map<Candidate, number>();
  for (const id of scales) {
    const target = ctx.catalog.gradeScale(id);
    if (!target) continue;
    const ranks = new Map<Candidate, number>();
    for (const c of attempts) {
      const rank = rankOn(c, target, ctx);
      if (rank !== undefined) ranks.set(c, rank);
    }
    if (ranks.size > best.size) best = ranks;
  }
  return best;
}

function rankOn(c: Candidate, target: GradeScale, ctx: AuditContext): number | undefined {
  const own = c.grade && ctx.catalog.gradeScale(c.grade.scale);
  const value = own ? convertGrade(own, c.grade!.value, target.id) : undefined;
  return value === undefined ? undefined : gradeRank(target, value);
}
