/**
 * The exact allocation solver.
 *
 * @internal
 */
import type { AllocationProblem, Assignment } from './AllocationProblem.js';
import { AllocationSearch } from './allocationSearch.js';
import type { AllocationEvaluation } from './evaluateAllocation.js';
import { solverContext } from './solverContext.js';

/** Options of {@link solveAllocation}. @internal */
export interface SolveAllocationOptions {
  /** Search nodes to visit at most before giving up on proving optimality (default 1,000,000). */
  readonly stepBudget?: number;
}

/** The result of {@link solveAllocation}. @internal */
export interface AllocationOutcome {
  /** Leaf per item, or -1; always valid. */
  readonly assignment: Assignment;
  /** Its evaluation (see `evaluateAllocation`). */
  readonly evaluation: AllocationEvaluation;
  /** False when the step budget ran out: the assignment is the best found. */
  readonly optimal: boolean;
  /** Search nodes visited. */
  readonly steps: number;
}

/**
 * Finds the assignment that is best by `compareScores` (program satisfied,
 * most satisfied nodes, most progress, fewest items consumed); among equal
 * scores, the one consuming the lexicographically earliest item set, then
 * with the smallest leaf indices item by item (`compareTieBreak`).
 *
 * Branch and bound over items in index order with: an upper bound from the
 * relaxation where every remaining item counts at every leaf it may take,
 * plus the least number of items the unmet leaves still need (for the
 * consumed aim); symmetry breaking among interchangeable items
 * (`symmetryPredecessors`); pruning of moves that can only cost
 * (`isUselessMove`); pinned and blocked items forced; a first-fit dive as
 * the first incumbent. Pure and deterministic; the input is not mutated.
 *
 * @param problem - the allocation problem
 * @param options - the step budget
 * @returns the best assignment, its evaluation, whether it is proven optimal, and the steps used
 * @example
 * ```ts
 * const { assignment, optimal } = solveAllocation(problem, { stepBudget: 10_000 });
 * ```
 * @internal
 */
export function solveAllocation(problem: AllocationProblem, options: SolveAllocationOptions = {}): AllocationOutcome {
  const search = new AllocationSearch(solverContext(problem), options.stepBudget ?? 1_000_000);
  const { assignment, evaluation } = search.run();
  return { assignment, evaluation, optimal: !search.aborted, steps: search.steps };
}
