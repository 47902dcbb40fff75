/**
 * Which of the items assigned to a leaf count there, and for how much.
 *
 * @internal
 */
import type { AllocItem, AllocNode, GroupKey } from './AllocationProblem.js';
import { EPS } from './allocationScore.js';

/** What counts at one leaf. @internal */
export interface LeafCount {
  /** Counted item indices, ascending. */
  readonly counted: number[];
  /** Credits each counted item contributes (parallel to `counted`). */
  readonly contributions: number[];
  /** Counted credits: the sum of the contributions. */
  readonly credits: number;
  /** Counted count: `counted.length`. */
  readonly count: number;
}

/** The item's key for a per-key rule, if it has one. @internal */
export function groupKey(item: AllocItem, by: GroupKey): string | undefined {
  return by === 'subject' ? item.subject : item.provider;
}

interface Running {
  credits: number;
  recCount: number;
  recCredits: number;
  readonly perKey: Map<string, { n: number; c: number }>;
  /** Per limit of the node: items and credits counted among its items. */
  readonly limitCount: number[];
  readonly limitCredits: number[];
}

/** Room left under a credit cap, or Infinity when there is no cap. */
function room(cap: number | undefined, used: number): number {
  return cap === undefined ? Infinity : cap - used;
}

/** The credits item `i` would contribute, or -1 when a cap stops it. */
function admit(node: AllocNode, item: AllocItem, i: number, count: number, run: Running): number {
  const max = node.max;
  if (max?.count !== undefined && count >= max.count) return -1;
  if (max?.credits !== undefined && run.credits >= max.credits - EPS) return -1;
  let v = Math.min(item.credits, room(max?.credits, run.credits));
  const per = node.maxPer;
  const key = per === undefined ? undefined : groupKey(item, per.by);
  if (per !== undefined && key !== undefined) {
    const k = run.perKey.get(key) ?? { n: 0, c: 0 };
    if (per.count !== undefined && k.n >= per.count) return -1;
    if (per.credits !== undefined && k.c >= per.credits - EPS) return -1;
    v = Math.min(v, room(per.credits, k.c));
  }
  const mr = node.maxRecognized;
  if (item.recognized && mr !== undefined) {
    if (mr.count !== undefined && run.recCount >= mr.count) return -1;
    if (mr.credits !== undefined && run.recCredits >= mr.credits - EPS) return -1;
    v = Math.min(v, room(mr.credits, run.recCredits));
  }
  const limits = node.limits;
  if (limits !== undefined) {
    for (let k = 0; k < limits.length; k++) {
      const lim = limits[k]!;
      if (!lim.items.includes(i)) continue;
      if (lim.count !== undefined && run.limitCount[k]! >= lim.count) return -1;
      if (lim.credits !== undefined && run.limitCredits[k]! >= lim.credits - EPS) return -1;
      v = Math.min(v, room(lim.credits, run.limitCredits[k]!));
    }
  }
  return Math.max(0, v);
}

function record(node: AllocNode, item: AllocItem, i: number, v: number, run: Running): void {
  run.credits += v;
  node.limits?.forEach((lim, k) => {
    if (!lim.items.includes(i)) return;
    run.limitCount[k]! += 1;
    run.limitCredits[k]! += v;
  });
  const per = node.maxPer;
  const key = per === undefined ? undefined : groupKey(item, per.by);
  if (key !== undefined) {
    const k = run.perKey.get(key) ?? { n: 0, c: 0 };
    run.perKey.set(key, { n: k.n + 1, c: k.c + v });
  }
  if (item.recognized) {
    run.recCount += 1;
    run.recCredits += v;
  }
}

function countPass(items: readonly AllocItem[], node: AllocNode, assigned: readonly number[], excluded: ReadonlySet<number>): LeafCount & { recCredits: number } {
  const limits = node.limits?.length ?? 0;
  const run: Running = { credits: 0, recCount: 0, recCredits: 0, perKey: new Map(), limitCount: new Array<number>(limits).fill(0), limitCredits: new Array<number>(limits).fill(0) };
  const counted: number[] = [];
  const contributions: number[] = [];
  for (const i of assigned) {
    if (excluded.has(i)) continue;
    const item = items[i]!;
    const v = admit(node, item, i, counted.length, run);
    if (v < 0) continue;
    record(node, item, i, v, run);
    counted.push(i);
    contributions.push(v);
  }
  return { counted, contributions, credits: run.credits, count: counted.length, recCredits: run.recCredits };
}

/**
 * Counts the items assigned to a leaf (see `evaluateAllocation` for the
 * rules). Items are taken in the order given (item-index order). An item does
 * not count when, before it, the leaf's `max.count` or `max.credits` is
 * reached, or its key's `maxPer.count` / `maxPer.credits` is reached, or (for
 * a recognised item) `maxRecognized.count` / `.credits` is reached, or (for
 * an item a limit of `limits` concerns) that limit's count or credits is
 * reached; otherwise
 * it counts with its credits cut to the room left under those credit caps.
 * Then, while recognised credits exceed `maxRecognized.share` × counted
 * credits, the latest counted recognised item with credits is excluded and
 * the leaf is counted again.
 *
 * @param items - all items of the problem
 * @param node - the leaf
 * @param assigned - the item indices assigned to it, ascending
 * @returns what counts
 * @internal
 */
export function countLeaf(items: readonly AllocItem[], node: AllocNode, assigned: readonly number[]): LeafCount {
  const excluded = new Set<number>();
  const share = node.maxRecognized?.share;
  for (;;) {
    const pass = countPass(items, node, assigned, excluded);
    if (share === undefined || pass.recCredits <= share * pass.credits + EPS) {
      return { counted: pass.counted, contributions: pass.contributions, credits: pass.credits, count: pass.count };
    }
    let drop = -1;
    pass.counted.forEach((i, k) => {
      if (items[i]!.recognized && pass.contributions[k]! > 0) drop = i;
    });
    excluded.add(drop);
  }
}
