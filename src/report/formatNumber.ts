/**
 * Writes a credit figure or count for people: integers as they are, other
 * numbers to at most two decimals (`7.5`, `2.67`).
 *
 * @param value - the number
 * @returns the number as text
 *
 * @example
 * ```ts
 * formatNumber(42); // '42'
 * formatNumber(2.6667); // '2.67'
 * ```
 *
 * @category Reports
 */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Math.round(value * 100) / 100);
}
