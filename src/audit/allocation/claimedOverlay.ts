/**
 * Overlays that see only what the rest of the program applies
 * (`from: claimed`).
 *
 * @internal
 */
import type { AllocationProblem } from './AllocationProblem.js';
import { solveAllocation, type AllocationOutcome } from './solveAllocation.js';

/** The search budget of one look at a claimed overlay (its problems are small: an overlay's own subtree). @internal */
export const CLAIMED_BUDGET = 100_000;

/**
 * The overlay's problem with only the items `applied` marks available:
 * every other item is taken out of its leaves (and any pin).
 *
 * @param sub - the overlay's own problem
 * @param applied - per item, 1 when the main allocation counts it somewhere
 * @returns the restricted problem
 * @internal
 */
export function restrictToApplied(sub: AllocationProblem, applied: ArrayLike<number>): AllocationProblem {
  return {
    ...sub,
    items: sub.items.map((it, i) => {
      if (applied[i] === 1 || it.pinned === undefined) return it;
      const { pinned: _dropped, ...rest } = it;
      return rest;
    }),
    nodes: sub.nodes.map((n) => (n.eligible.length === 0 ? n : { ...n, eligible: n.eligible.filter((i) => applied[i] === 1) })),
  };
}

/**
 * Solves a claimed overlay over what the main allocation applies.
 *
 * @param sub - the overlay's own problem (node 0 its top)
 * @param applied - per item, 1 when counted at some leaf of the main problem
 * @returns the restricted problem and its solution
 * @internal
 */
export function solveClaimed(sub: AllocationProblem, applied: ArrayLike<number>): { problem: AllocationProblem; outcome: AllocationOutcome } {
  const problem = restrictToApplied(sub, applied);
  return { problem, outcome: solveAllocation(problem, { stepBudget: CLAIMED_BUDGET }) };
}

/**
 * Whether a claimed overlay holds over the applied items, remembered per
 * set of applied items it could take (in `memo`, which belongs to one
 * problem's evaluation state).
 *
 * @internal
 */
export function claimedHolds(sub: AllocationProblem, applied: ArrayLike<number>, memo: Map<string, boolean>): boolean {
  const seen = new Set<number>();
  for (const n of sub.nodes) for (const i of n.eligible) if (applied[i] === 1) seen.add(i);
  const key = [...seen].sort((a, b) => a - b).join(',');
  const known = memo.get(key);
  if (known !== undefined) return known;
  const holds = solveClaimed(sub, applied).outcome.evaluation.nodes[0]?.satisfied === true;
  memo.set(key, holds);
  return holds;
}
