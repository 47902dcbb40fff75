/**
 * Optimistic figures for one leaf, given what is decided so far: the
 * relaxation in which every undecided, unblocked item counts at every leaf
 * it may go to.
 *
 * @internal
 */
import { EPS } from './allocationScore.js';
import { itemsToCover, type BoundBuffers } from './boundBuffers.js';
import { countLeaf } from './countLeaf.js';
import { keyUnion } from './distinctKeys.js';
import type { DistinctKey } from './AllocationProblem.js';
import { countNeed, meanPoints, meetsMinimum } from './nodeTests.js';
import type { SearchState, SolverContext } from './solverContext.js';

export { boundBuffers, type BoundBuffers } from './boundBuffers.js';

/** Index of the first entry ≥ `next` in an ascending list. */
function lowerBound(list: readonly number[], next: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < next) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items that may still count at leaf `l`: base items, then available candidates. */
function pool(ctx: SolverContext, st: SearchState, l: number, next: number, base: readonly number[]): number[] {
  const out = base.slice();
  const cs = ctx.cands[l]!;
  for (let k = lowerBound(cs, next); k < cs.length; k++) {
    const i = cs[k]!;
    if (st.asg[i] === -2 && st.blocked[i] === 0) out.push(i);
  }
  return out;
}

function distinct(ctx: SolverContext, items: readonly number[], by: DistinctKey): number {
  return keyUnion(ctx.problem.items, items, by);
}

/**
 * Base items stay counted, for the same credits, when stable; a weighted mean
 * of the base with more items (or of the items contributing credit only) is
 * then at most max(base average, best candidate). Else: at most the best points.
 */
function gpaPossible(ctx: SolverContext, base: readonly number[], contributions: readonly number[], maxPts: number, candPts: number, minGpa: number): boolean {
  const mean = ctx.stable ? meanPoints(ctx.problem.items, base, (k) => contributions[k]!, ctx.problem.plainGpa) : undefined;
  return (mean === undefined ? maxPts : Math.max(mean, candPts)) >= minGpa - EPS;
}

/** Whether undecided candidate `i` is sure to go to its one leaf: pinned, or a must-use item with one allowed leaf. */
function sureAt(ctx: SolverContext, st: SearchState, i: number): boolean {
  return ctx.shape.pin[i]! >= 0 || (st.must[i] === 1 && ctx.shape.allowed[i]!.length === 1);
}

/** Memo slots per node (see `saveMemo`). @internal */
export const MEMO = 10;

/** Keeps the figures `freshBound` left in `buf` for leaf `l`, and its gap. */
function saveMemo(st: SearchState, buf: BoundBuffers, l: number, gap: number): void {
  const m = st.memo;
  const at = l * MEMO;
  m[at] = buf.optCount[l]!;
  m[at + 1] = buf.optCredits[l]!;
  m[at + 2] = buf.baseCount[l]!;
  m[at + 3] = buf.baseCredits[l]!;
  m[at + 4] = buf.maxPoints[l]!;
  m[at + 5] = buf.distinctSubject[l]!;
  m[at + 6] = buf.distinctProvider[l]!;
  m[at + 7] = buf.demand[l]!;
  m[at + 8] = buf.possible[l]!;
  m[at + 9] = gap;
  st.memoOf[l] = st.cache[l];
}

function loadMemo(st: SearchState, buf: BoundBuffers, l: number): number {
  const m = st.memo;
  const at = l * MEMO;
  buf.optCount[l] = m[at]!;
  buf.optCredits[l] = m[at + 1]!;
  buf.baseCount[l] = m[at + 2]!;
  buf.baseCredits[l] = m[at + 3]!;
  buf.maxPoints[l] = m[at + 4]!;
  buf.distinctSubject[l] = m[at + 5]!;
  buf.distinctProvider[l] = m[at + 6]!;
  buf.demand[l] = m[at + 7]!;
  buf.possible[l] = m[at + 8]!;
  buf.mustHere[l] = 0;
  return m[at + 9]!;
}

/**
 * Fills the buffers for leaf `l` and returns the least number of further
 * items the leaf needs to reach its optimistic progress (at least the items
 * sure to come there: pinned ones and must-use ones with no other leaf), less
 * the pinned items still to come there (never negative).
 *
 * Once every item that may go to `l` is decided, all of this depends on the
 * items assigned to `l` alone, which `st.cache[l]` stands for (it is cleared
 * when they change and restored when the change is undone): the figures are
 * then kept beside that cache entry and reused while it stays.
 *
 * @internal
 */
export function leafBound(ctx: SolverContext, st: SearchState, buf: BoundBuffers, l: number, next: number): number {
  const cs = ctx.cands[l]!;
  if (cs.length > 0 && cs[cs.length - 1]! >= next) return freshBound(ctx, st, buf, l, next);
  if (st.cache[l] !== undefined && st.memoOf[l] === st.cache[l]) return loadMemo(st, buf, l);
  const gap = freshBound(ctx, st, buf, l, next);
  saveMemo(st, buf, l, gap);
  return gap;
}

function freshBound(ctx: SolverContext, st: SearchState, buf: BoundBuffers, l: number, next: number): number {
  const items = ctx.problem.items;
  const node = ctx.problem.nodes[l]!;
  const cur = st.cache[l] ?? (st.cache[l] = countLeaf(items, node, st.at[l]!));
  const base = ctx.stable ? cur.counted : st.at[l]!;
  let baseCr = cur.credits;
  if (!ctx.stable) baseCr = base.reduce((s, i) => s + items[i]!.credits, 0);
  let credits = baseCr;
  let maxPts = -Infinity;
  let candPts = -Infinity;
  let pinned = 0;
  let sureN = 0;
  let sureCr = 0;
  let others = 0;
  buf.mustHere[l] = 0;
  for (let k = 0; k < base.length; k++) {
    const it = items[base[k]!]!;
    if (it.points !== undefined && it.points > maxPts) maxPts = it.points;
  }
  // The candidates still free, read in place (no list of them made: this runs for every leaf at every step).
  let size = base.length;
  const cs = ctx.cands[l]!;
  for (let k = lowerBound(cs, next); k < cs.length; k++) {
    const i = cs[k]!;
    if (st.asg[i] !== -2 || st.blocked[i] !== 0) continue;
    size += 1;
    const it = items[i]!;
    if (st.must[i] === 1) buf.mustHere[l] = 1;
    credits += it.credits;
    if (ctx.shape.pin[i] === l) pinned += 1;
    if (sureAt(ctx, st, i)) {
      sureN += 1;
      sureCr += it.credits;
    } else buf.credits[others++] = it.credits;
    if (it.points !== undefined) {
      if (it.points > candPts) candPts = it.points;
      if (it.points > maxPts) maxPts = it.points;
    }
  }
  // Distinct keys are counted over the items themselves: the list only where a test reads them.
  const all = ctx.distinctBy.length > 0 || node.minDistinct !== undefined ? pool(ctx, st, l, next, base) : undefined;
  const optCount = Math.min(node.max?.count ?? Infinity, size);
  const optCredits = Math.min(node.max?.credits ?? Infinity, credits);
  buf.optCount[l] = optCount;
  buf.optCredits[l] = optCredits;
  buf.baseCount[l] = base.length;
  buf.baseCredits[l] = baseCr;
  buf.maxPoints[l] = maxPts;
  buf.distinctSubject[l] = all !== undefined && ctx.distinctBy.includes('subject') ? distinct(ctx, all, 'subject') : 0;
  buf.distinctProvider[l] = all !== undefined && ctx.distinctBy.includes('provider') ? distinct(ctx, all, 'provider') : 0;
  let ok = meetsMinimum(node, optCredits, optCount);
  if (ok && node.minDistinct !== undefined && all !== undefined) ok = Math.min(optCount, distinct(ctx, all, node.minDistinct.by)) >= node.minDistinct.count;
  if (ok && node.minGpa !== undefined) ok = gpaPossible(ctx, base, cur.contributions, maxPts, candPts, node.minGpa);
  buf.possible[l] = ok ? 1 : 0;
  const need = countNeed(node);
  const countGap = need === undefined ? 0 : Math.min(optCount, need) - base.length;
  const gap = node.min.credits === undefined ? 0 : Math.min(optCredits, node.min.credits) - baseCr;
  // Sure items come here whatever happens; the others cover what they leave of the gap.
  const creditGap = gap - sureCr > EPS ? itemsToCover(buf.credits, others, gap - sureCr) : 0;
  const items_ = Math.max(0, countGap, sureN + creditGap);
  buf.demand[l] = ok ? items_ : 0;
  return Math.max(0, items_ - pinned);
}
