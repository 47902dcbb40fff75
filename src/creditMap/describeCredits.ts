import type { CreditMapEntry } from './CreditMapEntry.js';
import type { ReportStyle } from '../report/ReportStyle.js';
import { formatNumber } from '../report/formatNumber.js';

/**
 * An entry's credits in words: `42 mit-unit`, `16 us-semester (approximate)`
 * when the conversion went through a conventional factor.
 *
 * @param entry - the entry
 * @param style - how the credit system's id is written
 * @returns the phrase
 *
 * @example
 * ```ts
 * describeCredits(entry, PLAIN_STYLE); // '42 mit-unit'
 * ```
 *
 * @internal
 */
export function describeCredits(entry: CreditMapEntry, style: ReportStyle): string {
  const system = entry.creditSystem === undefined ? '' : ` ${style.id(entry.creditSystem)}`;
  return `${formatNumber(entry.credits)}${system}${entry.approximate ? ' (approximate)' : ''}`;
}
