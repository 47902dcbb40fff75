import { isIsoDate } from '../model/isoDate.js';
import { UsageError } from './UsageError.js';

/**
 * Reads a date option (`--as-of`, `--start`, `--latest`): a real day
 * written `YYYY-MM-DD`.
 *
 * @param flag - the option, as the user spells it (`--as-of`)
 * @param value - its value
 * @returns the date
 * @throws {@link UsageError} when the value is not a real date so written
 *
 * @example
 * ```ts
 * parseDateArg('--as-of', '2024-06-30'); // '2024-06-30'
 * parseDateArg('--as-of', '2023-02-30'); // throws: --as-of must be a real date written YYYY-MM-DD, not '2023-02-30'
 * ```
 *
 * @category Command line
 */
export function parseDateArg(flag: string, value: string): string {
  if (!isIsoDate(value)) throw new UsageError(`${flag} must be a real date written YYYY-MM-DD, not '${value}'`);
  return value;
}
