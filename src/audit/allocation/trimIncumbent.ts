/**
 * Improving an incumbent cheaply: dropping items it consumes for nothing.
 *
 * @internal
 */
import { compareScores, type AllocationScore } from './allocationScore.js';
import { evaluateAllocation, type AllocationEvaluation } from './evaluateAllocation.js';
import type { SolverContext } from './solverContext.js';

/** Whether `a` reaches `b` on the first three aims (consumption ignored). @internal */
export function reaches(a: AllocationScore, b: AllocationScore): boolean {
  return compareScores({ ...a, consumed: 0 }, { ...b, consumed: 0 }) >= 0;
}

/**
 * Unassigns, latest first, every unpinned item whose removal scores better
 * (same first three aims, one item fewer), in place. Unassigning keeps an
 * assignment valid (conflicts and group caps only forbid assigning).
 * Stops as soon as the score reaches `bound`: no assignment scores above a
 * valid bound, so no removal could then score better.
 *
 * @param ctx - the solver context
 * @param asg - a valid assignment, changed in place
 * @param e - its evaluation
 * @param bound - an upper bound on every assignment's score
 * @returns the evaluation of the trimmed assignment
 * @internal
 */
export function trimIncumbent(ctx: SolverContext, asg: number[], e: AllocationEvaluation, bound: AllocationScore): AllocationEvaluation {
  for (let k = asg.length - 1; k >= 0 && compareScores(e.score, bound) < 0; k--) {
    const l = asg[k]!;
    if (l < 0 || ctx.shape.pin[k]! >= 0) continue;
    asg[k] = -1;
    const f = evaluateAllocation(ctx.problem, asg, ctx.shape);
    if (compareScores(f.score, e.score) > 0) e = f;
    else asg[k] = l;
  }
  return e;
}
