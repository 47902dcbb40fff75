/**
 * The objective of the allocation and its lexicographic order.
 *
 * @internal
 */

/**
 * Tolerance for comparing credit figures (credits may be fractional, and
 * sums of fractions are not exact in floating point).
 *
 * @internal
 */
export const EPS = 1e-7;

/**
 * The score of an assignment; see {@link compareScores} for the order.
 *
 * @internal
 */
export interface AllocationScore {
  /** Node 0 and every policy hold. */
  readonly programSatisfied: boolean;
  /** Node 0 holds (whatever the policies say). */
  readonly rootSatisfied: boolean;
  /**
   * How many of the nodes that count are satisfied (see `countedTotals`: a
   * spare child of `any` / `atLeast` counts for nothing; nodes in fixed
   * subtrees count by their fixed value).
   */
  readonly satisfiedNodes: number;
  /**
   * Over the nodes that count: Σ over those with `min.credits` of
   * min(counted credits, need) + Σ over those with a count need
   * (`min.count`, or the implicit 1 of a leaf with no minimum) of
   * min(counted count, need).
   */
  readonly progress: number;
  /** How many items are assigned. */
  readonly consumed: number;
}

/**
 * Compares two scores in the order of the audit's aims: the program
 * satisfied first, then its requirement tree satisfied (when the policies
 * cannot all hold), then the most satisfied nodes, then the most progress
 * (within {@link EPS}), then the fewest consumed items.
 *
 * @param a - a score
 * @param b - another score
 * @returns a positive number when `a` is better, negative when `b` is, 0 when equal
 * @example
 * ```ts
 * compareScores(
 *   { programSatisfied: true, rootSatisfied: true, satisfiedNodes: 3, progress: 5, consumed: 4 },
 *   { programSatisfied: true, rootSatisfied: true, satisfiedNodes: 3, progress: 5, consumed: 5 },
 * ); // 1
 * ```
 * @internal
 */
export function compareScores(a: AllocationScore, b: AllocationScore): number {
  if (a.programSatisfied !== b.programSatisfied) return a.programSatisfied ? 1 : -1;
  if (a.rootSatisfied !== b.rootSatisfied) return a.rootSatisfied ? 1 : -1;
  if (a.satisfiedNodes !== b.satisfiedNodes) return a.satisfiedNodes > b.satisfiedNodes ? 1 : -1;
  const d = a.progress - b.progress;
  if (d > EPS) return 1;
  if (d < -EPS) return -1;
  if (a.consumed !== b.consumed) return a.consumed < b.consumed ? 1 : -1;
  return 0;
}
