/**
 * Optimistic figures for one leaf, given what is decided so far: the
 * relaxation in which every undecided, unblocked item counts at every leaf
 * it may go to.
 *
 * @internal
 */
import { EPS } from './allocationScore.js';
import { countLeaf, groupKey } from './countLeaf.js';
import { countNeed, meanPoints, meetsMinimum } from './nodeTests.js';
import type { SearchState, SolverContext } from './solverContext.js';

/** Per-node buffers the bound fills. @internal */
export interface BoundBuffers {
  /** Upper bound on counted credits (subtree sum for internal nodes). */
  readonly optCredits: Float64Array;
  /** Upper bound on counted count. */
  readonly optCount: Float64Array;
  /** Counted credits that are sure to stay (stable) / assigned credits. */
  readonly baseCredits: Float64Array;
  /** Counted count that is sure to stay (stable) / assigned count. */
  readonly baseCount: Float64Array;
  /** 1 when the node may still be satisfied. */
  readonly possible: Uint8Array;
  /** Highest points among items that may count below the node. */
  readonly maxPoints: Float64Array;
  /** Upper bounds on distinct subjects / providers below the node. */
  readonly distinctSubject: Float64Array;
  readonly distinctProvider: Float64Array;
  /** Leaves: the least number of further items to be satisfied (0 if it cannot be). */
  readonly demand: Float64Array;
  /** Leaves: 1 when some undecided must-use item may go there. */
  readonly mustHere: Uint8Array;
}

/** Allocates bound buffers for `size` nodes. @internal */
export function boundBuffers(size: number): BoundBuffers {
  const f = (): Float64Array => new Float64Array(size);
  return { optCredits: f(), optCount: f(), baseCredits: f(), baseCount: f(), possible: new Uint8Array(size), maxPoints: f(), distinctSubject: f(), distinctProvider: f(), demand: f(), mustHere: new Uint8Array(size) };
}

/**
 * The fewest of these credit figures whose sum reaches `gap` (all of them
 * when none does). Sorts `credits` in place.
 *
 * @internal
 */
export function itemsToCover(credits: number[], gap: number): number {
  credits.sort((a, b) => b - a);
  let sum = 0;
  for (let k = 0; k < credits.length; k++) {
    if (sum >= gap - EPS) return k;
    sum += credits[k]!;
  }
  return credits.length;
}

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

function distinct(ctx: SolverContext, items: readonly number[], by: 'subject' | 'provider'): number {
  const keys = new Set<string>();
  for (const i of items) {
    const k = groupKey(ctx.problem.items[i]!, by);
    if (k !== undefined) keys.add(k);
  }
  return keys.size;
}

/** Base items stay counted when stable, so the mean is at most max(base mean, best candidate). */
function gpaPossible(ctx: SolverContext, base: readonly number[], maxPts: number, candPts: number, minGpa: number): boolean {
  const mean = ctx.stable ? meanPoints(ctx.problem.items, base) : undefined;
  return (mean === undefined ? maxPts : Math.max(mean, candPts)) >= minGpa - EPS;
}

/**
 * Fills the buffers for leaf `l` and returns the least number of further
 * items the leaf needs to reach its optimistic progress, less the pinned
 * items still to come there (never negative).
 *
 * @internal
 */
export function leafBound(ctx: SolverContext, st: SearchState, buf: BoundBuffers, l: number, next: number): number {
  const items = ctx.problem.items;
  const node = ctx.problem.nodes[l]!;
  const cur = st.cache[l] ?? (st.cache[l] = countLeaf(items, node, st.at[l]!));
  const base = ctx.stable ? cur.counted : st.at[l]!;
  let baseCr = cur.credits;
  if (!ctx.stable) baseCr = base.reduce((s, i) => s + items[i]!.credits, 0);
  const all = pool(ctx, st, l, next, base);
  let credits = baseCr;
  let maxPts = -Infinity;
  let candPts = -Infinity;
  let pinned = 0;
  buf.mustHere[l] = 0;
  for (let k = 0; k < all.length; k++) {
    const it = items[all[k]!]!;
    if (k >= base.length) {
      if (st.must[all[k]!] === 1) buf.mustHere[l] = 1;
      credits += it.credits;
      if (ctx.shape.pin[all[k]!] === l) pinned += 1;
      if (it.points !== undefined && it.points > candPts) candPts = it.points;
    }
    if (it.points !== undefined && it.points > maxPts) maxPts = it.points;
  }
  const optCount = Math.min(node.max?.count ?? Infinity, all.length);
  const optCredits = Math.min(node.max?.credits ?? Infinity, credits);
  buf.optCount[l] = optCount;
  buf.optCredits[l] = optCredits;
  buf.baseCount[l] = base.length;
  buf.baseCredits[l] = baseCr;
  buf.maxPoints[l] = maxPts;
  buf.distinctSubject[l] = ctx.distinctBy.includes('subject') ? distinct(ctx, all, 'subject') : 0;
  buf.distinctProvider[l] = ctx.distinctBy.includes('provider') ? distinct(ctx, all, 'provider') : 0;
  let ok = meetsMinimum(node, optCredits, optCount);
  if (ok && node.minDistinct !== undefined) ok = Math.min(optCount, distinct(ctx, all, node.minDistinct.by)) >= node.minDistinct.count;
  if (ok && node.minGpa !== undefined) ok = gpaPossible(ctx, base, maxPts, candPts, node.minGpa);
  buf.possible[l] = ok ? 1 : 0;
  const need = countNeed(node);
  const countGap = need === undefined ? 0 : Math.min(optCount, need) - base.length;
  const gap = node.min.credits === undefined ? 0 : Math.min(optCredits, node.min.credits) - baseCr;
  const creditGap = gap > EPS ? itemsToCover(all.slice(base.length).map((i) => items[i]!.credits), gap) : 0;
  const items_ = Math.max(0, countGap, creditGap);
  buf.demand[l] = ok ? items_ : 0;
  return Math.max(0, items_ - pinned);
}
