/**
 * The exact allocation solver.
 *
 * @internal
 */
import type { AllocationProblem, Assignment } from './AllocationProblem.js';
import { AllocationSearch } from './allocationSearch.js';
import type { AllocationEvaluation } from './evaluateAllocation.js';
import type { AllocationScore } from './allocationScore.js';
import { solverContext, type SolverContext } from './solverContext.js';

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
 * The lexicographically earliest item set among assignments scoring
 * `target`: item by item, keep it used when some witness under the choices
 * so far uses it (searching for one when the current witness does not),
 * else ban it. Returns the usage (1 used, -1 not, 0 pinned), or undefined
 * when the budget ran out.
 */
function earliestSet(search: AllocationSearch, ctx: SolverContext, target: AllocationScore): Int8Array | undefined {
  const n = ctx.problem.items.length;
  const usage = new Int8Array(n);
  let witness = search.bestAsg;
  let used = 0;
  for (let i = 0; i < n; i++) {
    if (ctx.shape.pin[i]! >= 0) {
      used += 1;
      continue;
    }
    if (used < target.consumed && witness[i]! >= 0) {
      usage[i] = 1;
      used += 1;
      continue;
    }
    usage[i] = used < target.consumed && ctx.shape.allowed[i]!.length > 0 ? 1 : -1;
    if (usage[i]! < 0) continue;
    const w = search.witness(usage, target, 'witness');
    if (search.aborted) return undefined;
    if (w === undefined) usage[i] = -1;
    else {
      witness = w;
      used += 1;
    }
  }
  return usage;
}

/**
 * Finds the assignment that is best by `compareScores` (program satisfied,
 * most satisfied nodes, most progress, fewest items consumed); among equal
 * scores, the one consuming the lexicographically earliest item set, then
 * with the smallest leaf indices item by item (`compareTieBreak`).
 *
 * Three phases of one branch and bound (`AllocationSearch`): the best score
 * (ties cut); then the earliest item set reaching it (`earliestSet`); then,
 * for that set, the first assignment in ascending leaf order reaching it.
 * The bound: the relaxation where every remaining item counts at every leaf
 * it may take, a b-matching of remaining items to the leaves' needs, and the
 * least number of items the unmet leaves and credit policies still need
 * (for the consumed aim). Also: symmetry breaking among interchangeable items
 * (`symmetryPredecessors`); pruning of moves that can only cost
 * (`isUselessMove`); items every optimum assigns to their one leaf pinned
 * there before the search (`forcedItems`); pinned and blocked items forced;
 * a first-fit dive as the first incumbent, trimmed of items it consumes for
 * nothing (until it reaches the root bound); the first phase stops as soon
 * as the incumbent reaches the root bound. Group caps block the items that
 * no longer fit. Pure and deterministic; the input is not mutated.
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
  const ctx = solverContext(problem);
  const search = new AllocationSearch(ctx, options.stepBudget ?? 1_000_000);
  search.optimize();
  const target = search.bestEval!.score;
  const usage = search.aborted ? undefined : earliestSet(search, ctx, target);
  if (usage !== undefined) search.witness(usage, target, 'leaves');
  return { assignment: search.bestAsg, evaluation: search.bestEval!, optimal: !search.aborted, steps: search.steps };
}
