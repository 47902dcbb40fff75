import { formatNumber } from './formatNumber.js';

/**
 * Writes an amount of credit with its noun: `1 credit`, `16 credits`.
 *
 * @param value - the credits
 * @returns the phrase
 *
 * @example
 * ```ts
 * formatCredits(4); // '4 credits'
 * ```
 *
 * @category Reports
 */
export function formatCredits(value: number): string {
  return `${formatNumber(value)} credit${value === 1 ? '' : 's'}`;
}
