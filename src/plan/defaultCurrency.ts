import type { Unit } from '../model/unit.js';
import { byCodeUnits } from '../_internal/byCodeUnits.js';

/**
 * The currency most of the catalog's units are priced in (ties by code);
 * `undefined` when none is priced.
 *
 * @internal
 */
export function defaultCurrency(units: readonly Unit[]): string | undefined {
  const counts = new Map<string, number>();
  for (const u of units) {
    const c = u.offering?.cost?.currency;
    if (c !== undefined) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || byCodeUnits(a[0], b[0]))[0]?.[0];
}
