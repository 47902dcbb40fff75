/**
 * A reduction before the search: items that every optimum assigns to their
 * one leaf, found from the problem alone, become pins of the search.
 *
 * @internal
 */
import type { AllocItem, AllocNode, AllocationProblem } from './AllocationProblem.js';
import { EPS } from './allocationScore.js';
import { groupKey } from './countLeaf.js';
import { countNeed } from './nodeTests.js';
import type { ProblemShape } from './problemShape.js';

/** Whether adding counted item `it` (index `i`) below internal node `a` can break none of its tests. */
function safeAbove(a: AllocNode, it: AllocItem, i: number): boolean {
  if (a.limits?.some((l) => l.items.includes(i))) return false;
  if (a.maxPer !== undefined && groupKey(it, a.maxPer.by) !== undefined) return false;
  if (a.maxRecognized !== undefined && (it.recognized || (a.maxRecognized.share ?? 0) < 0)) return false;
  return a.minGpa === undefined || it.points === undefined;
}

/** Whether leaf `node` counts `it` (index `i`) in full without touching any other item's count, and no test of its own can fail by it. */
function safeAt(node: AllocNode, it: AllocItem, i: number): boolean {
  if (node.max !== undefined) return false;
  if (node.limits?.some((l) => l.items.includes(i))) return false;
  if (node.maxPer !== undefined && groupKey(it, node.maxPer.by) !== undefined) return false;
  if (node.maxRecognized !== undefined && (it.recognized || node.maxRecognized.share !== undefined)) return false;
  return node.minGpa === undefined || it.points === undefined;
}

/** Whether applying `it` (for its credits, at least 0) can break no policy. */
function safeForPolicies(problem: AllocationProblem, it: AllocItem): boolean {
  const p = problem.policies;
  if (p === undefined) return true;
  const share = p.residency?.share;
  if (share !== undefined && it.credits > 0 && !(it.home === true && share <= 1)) return false;
  const mr = p.maxRecognized;
  if (mr !== undefined && ((it.recognized && it.credits > 0) || (mr.share ?? 0) < 0)) return false;
  if (p.minGpa !== undefined && it.points !== undefined) return false;
  return p.timeLimit !== true || it.earned === undefined;
}

/**
 * Whether adding item `it` to leaf `node` raises its progress whatever else
 * is assigned: the leaf's count need is at least the number of items that
 * may go there (so without `it` it is never reached), or its credit need is
 * at least their total credits and `it` carries credit.
 */
function alwaysShort(problem: AllocationProblem, node: AllocNode, it: AllocItem, cands: readonly number[]): boolean {
  const need = countNeed(node);
  if (need !== undefined && need >= cands.length) return true;
  if (node.min.credits === undefined || it.credits <= 2 * EPS) return false;
  let total = 0;
  for (const j of cands) total += Math.max(0, problem.items[j]!.credits);
  return total <= node.min.credits;
}

/**
 * Per item: the leaf every optimum assigns it to, or -1 when that is not
 * known. Item `i` is forced to leaf `l` when `l` is the only leaf it may take,
 * `l` counts toward the score whatever is assigned (`alwaysCounted`: no
 * spare alternative lies above it),
 * it is not already pinned, it has no conflicts and no groups, `l` has no
 * `max` and no cap that `i` falls under (`maxPer` by a key `i` has,
 * `maxRecognized` when `i` is recognised or the leaf has a share), and
 * `alwaysShort` holds; no test of `l`, of its ancestors or of a policy can
 * fail by `i` (`safeAt`, `safeAbove`, `safeForPolicies`: no `minGpa` where
 * `i` is graded, no `maxPer` by a key `i` has, no `maxRecognized` when `i` is
 * recognised, residency share only for home items and shares ≤ 1, no time
 * limit for dated items).
 *
 * Proof. Let A be any valid assignment leaving `i` unassigned, and A' be A
 * with `i` at `l`. A' is valid (no conflicts, no groups, `l` allowed). At
 * `l`, with no cap touching `i`, every item counted in A still counts for
 * the same credits and `i` counts too; so every other leaf is unchanged and
 * each ancestor counts a superset, with the same contributions. Minimums,
 * `need`, `minDistinct` and the policy sums only grow; the tests that could
 * fall are excluded above (a home item of v credits keeps
 * home + v ≥ share × (total + v) when share ≤ 1; a non-recognised one keeps
 * recognised ≤ share × total). So no node or policy goes from satisfied to
 * not, no progress term falls, and `l`'s progress rises by 1 (count) or by
 * `i`'s credits (credits; more than EPS), as `l` is short of its need in A;
 * `l` always counts, so the score's progress rises with it (a node's
 * figures only grow, so no counted child drops out of its parent's best).
 * A' thus beats A on the first three aims, so no assignment scoring the
 * optimum leaves `i` out, and as `l` is its only leaf every one of them
 * (the tie-break's winner among them included) has `i` at `l`. Searching
 * only assignments with `i` at `l` therefore finds the same score and the
 * same tie-break winner.
 *
 * @param problem - the problem
 * @param shape - its shape
 * @param cands - per node, the items allowed there
 * @param ancestors - per node, its ancestors
 * @param counted - per node, whether it always counts (`alwaysCounted`)
 * @returns per item, the forced leaf or -1
 * @internal
 */
export function forcedItems(problem: AllocationProblem, shape: ProblemShape, cands: readonly (readonly number[])[], ancestors: readonly (readonly number[])[], counted: Uint8Array): number[] {
  return problem.items.map((it, i) => {
    const ls = shape.allowed[i]!;
    if (shape.pin[i]! >= 0 || ls.length !== 1 || shape.conflicts[i]!.length > 0 || shape.groupsOf[i]!.length > 0) return -1;
    const l = ls[0]!;
    if (counted[l] !== 1) return -1;
    const node = problem.nodes[l]!;
    if (!safeAt(node, it, i) || !alwaysShort(problem, node, it, cands[l]!) || !safeForPolicies(problem, it)) return -1;
    return ancestors[l]!.every((a) => safeAbove(problem.nodes[a]!, it, i)) ? l : -1;
  });
}
