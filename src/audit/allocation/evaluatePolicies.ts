/**
 * The program's policies, tested over the applied items.
 *
 * @internal
 */
import type { AllocationProblem } from './AllocationProblem.js';
import { EPS } from './allocationScore.js';
import { meanPoints } from './nodeTests.js';

/** The outcome of each policy the problem gives (absent when not given). @internal */
export interface PolicyOutcomes {
  totalCredits?: boolean;
  residency?: boolean;
  maxRecognized?: boolean;
  minGpa?: boolean;
  timeLimit?: boolean;
}

function timeLimitHolds(problem: AllocationProblem, applied: readonly number[]): boolean {
  let first = -1;
  for (const i of applied) {
    const e = problem.items[i]!.earned;
    if (e !== undefined && (first < 0 || e < problem.items[first]!.earned!)) first = i;
  }
  const end = first < 0 ? undefined : problem.items[first]!.windowEnd;
  if (end === undefined) return true;
  return applied.every((i) => (problem.items[i]!.earned ?? -Infinity) <= end);
}

/**
 * Tests the policies over the applied items A (those counted at some leaf),
 * each with the credits it contributes there:
 *
 * - `totalCredits`: applied credits ≥ it;
 * - `residency`: credits of `home` items ≥ `credits` and ≥ `share` × applied credits;
 * - `maxRecognized`: credits of `recognized` items ≤ `credits` and ≤ `share` × applied credits
 *   (a cap that the evaluation applies before, so it holds unless contributions come from elsewhere);
 * - `minGpa`: the grade-point average of the applied items, weighted by the
 *   credits each contributes unless `plainGpa` (`meanPoints`), ≥ it (none graded fails);
 * - `timeLimit`: with e the applied item of smallest `earned` (ties: smallest
 *   index), every applied item with `earned` has it ≤ e's `windowEnd`
 *   (holds when A has no dated item or e has no `windowEnd`).
 *
 * @param problem - the problem
 * @param applied - applied item indices, ascending
 * @param contribution - per item, the credits it contributes (0 when not applied)
 * @returns the outcomes, and whether all hold
 * @internal
 */
export function evaluatePolicies(problem: AllocationProblem, applied: readonly number[], contribution: readonly number[]): { outcomes: PolicyOutcomes; hold: boolean } {
  const p = problem.policies;
  const outcomes: PolicyOutcomes = {};
  if (p === undefined) return { outcomes, hold: true };
  let total = 0;
  let home = 0;
  let rec = 0;
  for (const i of applied) {
    const v = contribution[i]!;
    total += v;
    if (problem.items[i]!.home === true) home += v;
    if (problem.items[i]!.recognized) rec += v;
  }
  if (p.totalCredits !== undefined) outcomes.totalCredits = total >= p.totalCredits - EPS;
  if (p.residency !== undefined) {
    const { credits, share } = p.residency;
    outcomes.residency = (credits === undefined || home >= credits - EPS) && (share === undefined || home >= share * total - EPS);
  }
  if (p.maxRecognized !== undefined) {
    const { credits, share } = p.maxRecognized;
    outcomes.maxRecognized = (credits === undefined || rec <= credits + EPS) && (share === undefined || rec <= share * total + EPS);
  }
  if (p.minGpa !== undefined) {
    const mean = meanPoints(problem.items, applied, (k) => contribution[applied[k]!]!, problem.plainGpa);
    outcomes.minGpa = mean !== undefined && mean >= p.minGpa - EPS;
  }
  if (p.timeLimit === true) outcomes.timeLimit = timeLimitHolds(problem, applied);
  return { outcomes, hold: Object.values(outcomes).every((v) => v) };
}
