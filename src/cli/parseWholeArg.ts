import { UsageError } from './UsageError.js';

/**
 * Reads an option that takes a whole number (`--step-budget`,
 * `--per-term`, `--alternatives`), at least `min` and at most `max`.
 *
 * @param flag - the option, as the user spells it
 * @param value - its value
 * @param min - the least value allowed
 * @param max - the most value allowed, if any
 * @returns the number
 * @throws {@link UsageError} for anything else (`1e3`, `-1`, `2.5`, out of range)
 *
 * @example
 * ```ts
 * parseWholeArg('--step-budget', '5000', 1); // 5000
 * parseWholeArg('--alternatives', '30', 0, 20); // throws: --alternatives must be a whole number from 0 to 20, not '30'
 * ```
 *
 * @category Command line
 */
export function parseWholeArg(flag: string, value: string, min: number, max?: number): number {
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < min || (max !== undefined && number > max)) {
    const range = max === undefined ? `at least ${min}` : `from ${min} to ${max}`;
    throw new UsageError(`${flag} must be a whole number ${range}, not '${value}'`);
  }
  return number;
}
