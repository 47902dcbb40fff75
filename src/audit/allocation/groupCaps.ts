/**
 * Group caps (`AllocationProblem.groups`): at most so many items, and so many
 * credits, assigned from a set of items.
 *
 * @internal
 */
import type { AllocItem, AllocationProblem, Assignment } from './AllocationProblem.js';
import { EPS } from './allocationScore.js';
import type { SearchState, SolverContext } from './solverContext.js';

/** A group with its items cleaned and its caps made numbers. @internal */
export interface CapGroup {
  /** Distinct valid item indices, ascending. */
  readonly items: readonly number[];
  /** The count cap (Infinity when none; never below 0). */
  readonly maxCount: number;
  /** The credit cap (Infinity when none; never below 0). */
  readonly maxCredits: number;
}

const cap = (v: number | undefined): number => (v === undefined ? Infinity : Math.max(0, v));

/**
 * The problem's groups, cleaned: out-of-range, non-integer and repeated item
 * indices dropped, caps below 0 taken as 0, absent caps as Infinity.
 *
 * @internal
 */
export function capGroups(problem: AllocationProblem): CapGroup[] {
  const n = problem.items.length;
  return (problem.groups ?? []).map((g) => {
    const items = [...new Set(g.items.filter((i) => Number.isInteger(i) && i >= 0 && i < n))].sort((a, b) => a - b);
    return { items, maxCount: cap(g.maxCount), maxCredits: cap(g.maxCredits) };
  });
}

/** Per item: the indices of the groups it belongs to, ascending. @internal */
export function groupsOfItems(n: number, groups: readonly CapGroup[]): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < n; i++) out.push([]);
  groups.forEach((g, k) => g.items.forEach((i) => out[i]!.push(k)));
  return out;
}

/**
 * Whether one more item of `credits` fits in group `g` when `count` items
 * of `credits` credits are assigned from it already.
 *
 * @internal
 */
export function fitsGroup(g: CapGroup, count: number, used: number, credits: number): boolean {
  return count + 1 <= g.maxCount && used + credits <= g.maxCredits + EPS;
}

/**
 * Whether the assigned items of every group stay within its caps.
 *
 * @internal
 */
export function groupsHold(items: readonly AllocItem[], groups: readonly CapGroup[], assignment: Assignment): boolean {
  for (const g of groups) {
    let count = 0;
    let credits = 0;
    for (const i of g.items) {
      if (assignment[i]! < 0) continue;
      count += 1;
      credits += items[i]!.credits;
    }
    if (count > g.maxCount || credits > g.maxCredits + EPS) return false;
  }
  return true;
}

/**
 * Records (`sign` 1) or undoes (`sign` -1, last recorded first) the
 * assignment of unpinned item `i` in its groups' running sums, blocking
 * (unblocking) every other unpinned member that stops (starts again) to fit.
 * Effective pins are in the sums from the start, so they never need room.
 * The old credit sums are kept on a stack, so undoing restores them exactly.
 *
 * @internal
 */
export function moveInGroups(ctx: SolverContext, st: SearchState, i: number, sign: 1 | -1): void {
  const ks = ctx.shape.groupsOf[i]!;
  for (let m = 0; m < ks.length; m++) {
    const k = sign > 0 ? ks[m]! : ks[ks.length - 1 - m]!;
    const n0 = sign > 0 ? st.groupCount[k]! : st.groupCount[k]! - 1;
    const c0 = sign > 0 ? st.groupCredits[k]! : st.groupStack.pop()!;
    if (sign > 0) st.groupStack.push(c0);
    blockMembers(ctx, st, i, k, n0, c0, sign);
    st.groupCount[k] = sign > 0 ? n0 + 1 : n0;
    st.groupCredits[k] = sign > 0 ? c0 + ctx.problem.items[i]!.credits : c0;
  }
}

function blockMembers(ctx: SolverContext, st: SearchState, i: number, k: number, n0: number, c0: number, sign: 1 | -1): void {
  const g = ctx.shape.groups[k]!;
  const items = ctx.problem.items;
  const c1 = c0 + items[i]!.credits;
  for (const j of g.items) {
    if (j === i || ctx.shape.pin[j]! >= 0) continue;
    const cj = items[j]!.credits;
    if (fitsGroup(g, n0, c0, cj) && !fitsGroup(g, n0 + 1, c1, cj)) st.blocked[j]! += sign;
  }
}
