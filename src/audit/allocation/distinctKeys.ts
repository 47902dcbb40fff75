/**
 * Distinct keys among items (for `minDistinct`): by subject, provider, tag
 * or kind, where an item may carry several keys (every subject its unit
 * has, every tag).
 *
 * @internal
 */
import type { AllocItem, DistinctKey } from './AllocationProblem.js';

const NONE: readonly string[] = [];

/** The keys item `item` has for `by`. @internal */
export function keysOf(item: AllocItem, by: DistinctKey): readonly string[] {
  if (by === 'subject') return item.subjects ?? (item.subject === undefined ? NONE : [item.subject]);
  if (by === 'provider') return item.provider === undefined ? NONE : [item.provider];
  if (by === 'tag') return item.tags ?? NONE;
  return item.kind === undefined ? NONE : [item.kind];
}

/** The number of different keys the items have between them: an upper bound on {@link distinctCount}. @internal */
export function keyUnion(items: readonly AllocItem[], indices: readonly number[], by: DistinctKey): number {
  const keys = new Set<string>();
  for (const i of indices) for (const k of keysOf(items[i]!, by)) keys.add(k);
  return keys.size;
}

/**
 * How many distinct keys the items cover when each item stands for one of
 * its keys: a course with two subjects counts toward one of them, not both
 * (the largest matching of items to keys, found by augmenting paths). With
 * one key an item, the number of different keys.
 *
 * @param items - all items
 * @param indices - the items counted
 * @param by - which keys
 * @returns the number of distinct keys covered
 * @internal
 */
export function distinctCount(items: readonly AllocItem[], indices: readonly number[], by: DistinctKey): number {
  const lists = indices.map((i) => keysOf(items[i]!, by));
  if (lists.every((l) => l.length <= 1)) return keyUnion(items, indices, by);
  const owner = new Map<string, number>();
  const take = (k: number, seen: Set<string>): boolean => {
    for (const key of lists[k]!) {
      if (seen.has(key)) continue;
      seen.add(key);
      const o = owner.get(key);
      if (o === undefined || take(o, seen)) {
        owner.set(key, k);
        return true;
      }
    }
    return false;
  };
  let n = 0;
  for (let k = 0; k < lists.length; k++) if (take(k, new Set())) n += 1;
  return n;
}
