import { formatNumber } from './formatNumber.js';

/**
 * Writes an amount of money for people: thousands grouped with commas, at
 * most two decimals, then the currency code when there is one
 * (`27,200 USD`); with `atLeast`, `at least` before it, for a sum that
 * leaves out costs the catalog does not give.
 *
 * @param amount - the amount
 * @param currency - the currency code, if known
 * @param atLeast - whether the amount is only a lower bound
 * @returns the phrase
 *
 * @example
 * ```ts
 * formatCost(1350, 'USD'); // '1,350 USD'
 * formatCost(0, 'USD', true); // 'at least 0 USD'
 * ```
 *
 * @category Reports
 */
export function formatCost(amount: number, currency?: string, atLeast = false): string {
  const [whole = '', fraction] = formatNumber(Math.abs(amount)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const figure = `${amount < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction.padEnd(2, '0')}`}`;
  return `${atLeast ? 'at least ' : ''}${figure}${currency === undefined ? '' : ` ${currency}`}`;
}
