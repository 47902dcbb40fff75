/**
 * The exact allocation solver.
 *
 * @internal
 */
import type { AllocationProblem, Assignment } from './AllocationProblem.js';
import { AllocationSearch, stepCost } from './allocationSearch.js';

/** Steps per item the first look for an assignment reaching the root bound may take (see `AllocationSearch.probe`). */
const PROBE_STEPS = 20;
import { evaluateAllocation, isValidAssignment, type AllocationEvaluation } from './evaluateAllocation.js';
import { narrowedProblem } from './essentialItems.js';
import { solverContext, type SolverContext } from './solverContext.js';
import { largeFirstOrder, permuteItems } from './largeFirst.js';

/** Options of {@link solveAllocation}. @internal */
export interface SolveAllocationOptions {
  /** Budget for the search before giving up on proving optimality (default 1,000,000), each step costing `stepCost`. */
  readonly stepBudget?: number;
  /** Settle only whether the program can be satisfied (see `AllocationSearch.satisfy`): a plan's checks. */
  readonly satisfyOnly?: boolean;
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
  /** Step budget used: each step costs `stepCost` (more on larger problems). */
  readonly work: number;
}

/**
 * Finds the assignment that is best by `compareScores` (program satisfied,
 * most satisfied nodes, most progress, fewest items consumed); among equal
 * scores, the first in tie-break order (`compareTieBreak`: item by item,
 * the smaller leaf, any leaf before none).
 *
 * Two phases of one branch and bound (`AllocationSearch`): the best score
 * (ties cut); then the first assignment, in tie-break order, reaching it.
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
 * no longer fit. Where no test reads the items in order, the first phase
 * runs on the items renamed largest first (see `largeFirstOrder`), which
 * settles credit minimums sooner; the second, in the items' own order.
 * Pure and deterministic; the input is not mutated.
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
  const budget = options.stepBudget ?? 1_000_000;
  if (options.satisfyOnly === true) return satisfyOnly(problem, ctx, budget);
  const search = new AllocationSearch(ctx, budget);
  // A typical audit's bound is tight: one descent in tie-break order settles it. The look
  // takes at most a quarter of the budget, so that a small budget still leaves the search its share.
  if (search.probe(Math.min(PROBE_STEPS * (problem.items.length + 1) * stepCost(ctx), budget / 4))) {
    return { assignment: search.bestAsg, evaluation: search.bestEval!, optimal: true, steps: search.steps, work: search.work };
  }
  const order = largeFirstOrder(problem);
  if (order !== undefined) return largeFirst(problem, ctx, search, order, budget);
  search.optimize();
  if (!search.aborted) search.witness(new Int8Array(problem.items.length), search.bestEval!.score, 'leaves');
  return { assignment: search.bestAsg, evaluation: search.bestEval!, optimal: !search.aborted, steps: search.steps, work: search.work };
}

/**
 * The best score found on the problem with its items largest first (see
 * `largeFirstOrder`), then the first assignment reaching it in the items'
 * own tie-break order. When either runs out of the budget, the best found
 * on the renamed problem, renamed back.
 */
function largeFirst(problem: AllocationProblem, ctx: SolverContext, search: AllocationSearch, order: readonly number[], budget: number): AllocationOutcome {
  const renamed = new AllocationSearch(solverContext(permuteItems(problem, order)), Math.max(0, budget - search.work));
  renamed.optimize();
  search.steps += renamed.steps;
  search.work += renamed.work;
  if (!renamed.aborted) {
    search.witness(new Int8Array(problem.items.length), renamed.bestEval!.score, 'leaves');
    if (!search.aborted) return { assignment: search.bestAsg, evaluation: search.bestEval!, optimal: true, steps: search.steps, work: search.work };
  }
  const assignment = new Array<number>(order.length);
  order.forEach((i, k) => (assignment[i] = renamed.bestAsg[k]!));
  return { assignment, evaluation: evaluateAllocation(problem, assignment, ctx.shape), optimal: false, steps: search.steps, work: search.work };
}

/**
 * Whether the program can be satisfied (see `AllocationSearch.satisfy`),
 * searched on the problem narrowed to what every satisfying allocation does
 * (`narrowedProblem`): the items it cannot do without pinned where they
 * must go, and what conflicts with them ruled out. When that finds none
 * (or proves there is none), the pinned items alone.
 */
function satisfyOnly(problem: AllocationProblem, ctx: SolverContext, budget: number): AllocationOutcome {
  const narrowed = narrowedProblem(ctx);
  let steps = 0;
  let work = 0;
  let optimal = true;
  if (narrowed !== undefined) {
    const search = new AllocationSearch(narrowed === problem ? ctx : solverContext(narrowed), budget);
    search.satisfy();
    steps = search.steps;
    work = search.work;
    optimal = !search.aborted;
    const evaluation = evaluateAllocation(problem, search.bestAsg, ctx.shape);
    if (evaluation.score.programSatisfied && isValidAssignment(problem, search.bestAsg, ctx.shape)) return { assignment: search.bestAsg, evaluation, optimal: true, steps, work };
  }
  const pins = Array.from(ctx.shape.pin, (p) => (p >= 0 ? p : -1));
  return { assignment: pins, evaluation: evaluateAllocation(problem, pins, ctx.shape), optimal, steps, work };
}
