/**
 * The oracle for the allocation solver: try every assignment.
 *
 * @internal
 */
import type { AllocationProblem } from '../../src/audit/allocation/AllocationProblem.js';
import { compareScores, evaluateAllocation, isValidAssignment, type AllocationEvaluation } from '../../src/audit/allocation/evaluateAllocation.js';

/** Leaves item `i` could conceivably go to, plus -1 (validity is checked later). */
function choices(problem: AllocationProblem, i: number): number[] {
  const out = new Set<number>([-1]);
  problem.nodes.forEach((node, l) => {
    if (node.eligible.includes(i)) out.add(l);
  });
  const pin = problem.items[i]!.pinned;
  if (pin !== undefined) out.add(pin);
  return [...out];
}

/**
 * Enumerates every assignment (each item: none or any node that lists it or
 * it is pinned to), keeps the valid ones (`isValidAssignment`) and returns
 * the one with the best score (`compareScores`; the first found among
 * equals). Exponential: for small problems only.
 *
 * @param problem - a small problem
 * @returns the best assignment, its evaluation, and how many valid ones there were
 * @internal
 */
export function exhaustiveAllocation(problem: AllocationProblem): { assignment: number[]; evaluation: AllocationEvaluation; valid: number } {
  const options = problem.items.map((_, i) => choices(problem, i));
  const current = problem.items.map(() => -1);
  let best: { assignment: number[]; evaluation: AllocationEvaluation } | undefined;
  let valid = 0;
  const visit = (i: number): void => {
    if (i === current.length) {
      if (!isValidAssignment(problem, current)) return;
      valid += 1;
      const evaluation = evaluateAllocation(problem, current);
      if (best === undefined || compareScores(evaluation.score, best.evaluation.score) > 0) best = { assignment: [...current], evaluation };
      return;
    }
    for (const l of options[i]!) {
      current[i] = l;
      visit(i + 1);
    }
    current[i] = -1;
  };
  visit(0);
  if (best === undefined) throw new Error('no valid assignment');
  return { ...best, valid };
}
