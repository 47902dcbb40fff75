import type { BoundNode, ItemRef } from './boundModel.js';

/**
 * What the bound says of one node: a lower bound on what the open
 * candidates must add, whether they must add any, and, when they must, some
 * of which one is added in every completion.
 *
 * @internal
 */
export interface NodeOutcome {
  lb: number;
  short: boolean;
  feeders: number[];
}

/**
 * What an item costs in a search node: nothing when held or planned (`free`),
 * or its weight and the open candidates that would bring it; `undefined`
 * when it cannot be had.
 *
 * @internal
 */
export type CostOf = (ref: ItemRef) => { cost: number; free: boolean; feeders: readonly number[] } | undefined;

const NONE: number[] = [];

interface Paid {
  readonly cost: number;
  readonly credits: number;
  readonly feeders: readonly number[];
  /** Its place among the node's items. */
  readonly k: number;
}

/**
 * A leaf (or an inner node's own minimum) with every item to itself: the
 * cheapest way to reach `count` items and `credits`, with no more of one
 * key than its `maxPer` counts, and items of `minDistinct` new keys.
 *
 * @internal
 */
export function evaluateItems(node: BoundNode, costOf: CostOf): NodeOutcome {
  const { items, count, credits, per, distinct } = node;
  const freeByGroup = per ? new Map<number, number[]>() : undefined;
  const freeKeys = distinct ? new Set<number>() : undefined;
  let freeCount = 0;
  let freeCredits = 0;
  const paid: Paid[] = [];
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    const c = costOf(item.ref);
    if (!c) continue;
    if (!c.free) {
      paid.push({ cost: item.share * c.cost, credits: item.credits, feeders: c.feeders, k });
      continue;
    }
    if (freeKeys) for (const key of distinct!.keys[k]!) freeKeys.add(key);
    const g = per ? per.group[k]! : -1;
    if (g >= 0) (freeByGroup!.get(g) ?? freeByGroup!.set(g, []).get(g)!).push(item.credits);
    else {
      freeCount++;
      freeCredits += item.credits;
    }
  }
  // What each key's free items can count under its cap: the most of them, and the best credits that many can bring.
  const groups = freeByGroup && new Map<number, { n: number; c: number }>();
  for (const [g, list] of freeByGroup ?? []) {
    const n = Math.min(list.length, per!.count ?? Infinity);
    const best = list.sort((a, b) => b - a).slice(0, n).reduce((x, y) => x + y, 0);
    const c = Math.min(best, per!.credits ?? Infinity);
    groups!.set(g, { n, c });
    freeCount += n;
    freeCredits += c;
  }
  const newKeys = freeKeys ? distinct!.count - freeKeys.size : 0;
  const short = freeCount < count || freeCredits < credits - 1e-9 || newKeys > 0;
  if (!short) return { lb: 0, short: false, feeders: NONE };
  const byCount = freeCount < count ? cheapestCount(paid, count - freeCount, per, groups) : 0;
  const byCredits = freeCredits < credits - 1e-9 ? cheapestCredits(paid, credits - freeCredits, per, groups) : 0;
  // Each item stands for one key, so `newKeys` items must each bring a key nothing free has.
  const bringing = newKeys > 0 ? paid.filter((p) => distinct!.keys[p.k]!.some((key) => !freeKeys!.has(key))) : paid;
  const byKeys = newKeys > 0 ? cheapestCount(bringing, newKeys, undefined, undefined) : 0;
  const lb = Math.max(byCount, byCredits, byKeys);
  if (lb === Infinity) return { lb: Infinity, short: true, feeders: NONE };
  return { lb, short: true, feeders: union(bringing.map((p) => p.feeders)) };
}

/** The cheapest `wanted` of the paid items, no more of one key than room is left under `maxPer.count`; Infinity when too few. */
function cheapestCount(paid: readonly Paid[], wanted: number, per: BoundNode['per'], groups: Map<number, { n: number; c: number }> | undefined): number {
  const capped = per?.count !== undefined;
  if (!capped && paid.length < wanted) return Infinity;
  const sorted = [...paid].sort((a, b) => a.cost - b.cost);
  const taken = capped ? new Map<number, number>() : undefined;
  let sum = 0;
  let n = 0;
  for (const p of sorted) {
    if (n >= wanted) break;
    const g = capped ? per.group[p.k]! : -1;
    if (g >= 0) {
      const t = taken!.get(g) ?? groups!.get(g)?.n ?? 0;
      if (t >= per!.count!) continue;
      taken!.set(g, t + 1);
    }
    sum += p.cost;
    n++;
  }
  return n < wanted ? Infinity : sum;
}

/** The cheapest way to `missing` credits, cheapest per credit first, fractions allowed, no more of one key than room is left under `maxPer.credits`; Infinity when out of reach. */
function cheapestCredits(paid: readonly Paid[], missing: number, per: BoundNode['per'], groups: Map<number, { n: number; c: number }> | undefined): number {
  const capped = per?.credits !== undefined;
  const room = capped ? new Map<number, number>() : undefined;
  const useful = paid.filter((p) => p.credits > 0).sort((a, b) => a.cost / a.credits - b.cost / b.credits);
  let sum = 0;
  for (const p of useful) {
    if (missing <= 1e-9) break;
    let most = p.credits;
    const g = capped ? per.group[p.k]! : -1;
    if (g >= 0) {
      const left = room!.get(g) ?? per!.credits! - (groups!.get(g)?.c ?? 0);
      most = Math.min(most, Math.max(0, left));
      room!.set(g, left - Math.min(most, missing));
    }
    if (most <= 0) continue;
    const take = Math.min(1, missing / p.credits, most / p.credits);
    sum += take * p.cost;
    missing -= take * p.credits;
  }
  return missing > 1e-9 ? Infinity : sum;
}

/**
 * The sorted union of lists of candidates.
 *
 * @internal
 */
export function union(lists: readonly (readonly number[])[]): number[] {
  const set = new Set<number>();
  for (const list of lists) for (const x of list) set.add(x);
  return [...set].sort((a, b) => a - b);
}
