import type { Filter } from '../model/filter.js';
import type { Unit } from '../model/unit.js';
import { compileFilter } from './compileFilter.js';

/**
 * Whether a unit matches a filter. For many units, compile once with
 * {@link compileFilter}.
 *
 * @param unit - the unit
 * @param filter - the filter
 * @returns true when every field of the filter holds for the unit
 *
 * @example
 * ```ts
 * matchesFilter(unit, { kinds: ['course'], subjects: ['supply-chain'] });
 * ```
 *
 * @category Rules
 */
export function matchesFilter(unit: Unit, filter: Filter): boolean {
  return compileFilter(filter)(unit);
}
