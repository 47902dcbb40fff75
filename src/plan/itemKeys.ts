import type { BoundItem, BoundNode } from './boundModel.js';

/**
 * Each item's key for a `maxPer`, as the allocation reads it (the primary
 * subject, or the provider), as small integers.
 *
 * @internal
 */
export function perKeys(items: readonly BoundItem[], per: { readonly by: 'subject' | 'provider'; readonly count?: number; readonly credits?: number }): NonNullable<BoundNode['per']> {
  const ids = new Map<string, number>();
  const group = new Int32Array(items.length);
  items.forEach((item, k) => {
    const key = per.by === 'subject' ? item.unit.subjects?.[0] : item.unit.provider;
    group[k] = key === undefined ? -1 : (ids.get(key) ?? ids.set(key, ids.size).get(key)!);
  });
  return { ...(per.count !== undefined && { count: per.count }), ...(per.credits !== undefined && { credits: per.credits }), group };
}

/**
 * Each item's keys for a `minDistinct`, as the allocation reads them (every
 * subject, the provider, every tag, the kind), as small integers.
 *
 * @internal
 */
export function distinctKeys(items: readonly BoundItem[], rule: { readonly by: 'subject' | 'provider' | 'tag' | 'kind'; readonly count: number }): NonNullable<BoundNode['distinct']> {
  const ids = new Map<string, number>();
  const keys = items.map(({ unit }) => {
    const own = rule.by === 'subject' ? (unit.subjects ?? []) : rule.by === 'provider' ? (unit.provider === undefined ? [] : [unit.provider]) : rule.by === 'tag' ? (unit.tags ?? []) : [unit.kind];
    return Int32Array.from(own, (key) => ids.get(key) ?? ids.set(key, ids.size).get(key)!);
  });
  return { count: rule.count, keys };
}
