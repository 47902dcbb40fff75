import type { CreditMapEntry } from './CreditMapEntry.js';
import type { ReportStyle } from '../report/ReportStyle.js';

/**
 * An entry's route in words: `direct`, `recognized via R`, `stacked into C`
 * (then `, recognized via R` when the composite is recognised), and
 * `(with the other parts)` when the credential alone does not bring the
 * credits.
 *
 * @param entry - the entry
 * @param style - how ids are written
 * @returns the phrase
 *
 * @example
 * ```ts
 * describeRoute(entry, PLAIN_STYLE); // 'stacked into mitx-scm-micromasters (with the other parts), recognized via mit-scmb-pathway'
 * ```
 *
 * @internal
 */
export function describeRoute(entry: CreditMapEntry, style: ReportStyle): string {
  const parts: string[] = [];
  if (entry.stack) parts.push(`stacked into ${entry.stack.map((id) => style.id(id)).join(' → ')}${entry.alone ? '' : ' (with the other parts)'}`);
  if (entry.recognition !== undefined) parts.push(`recognized via ${style.id(entry.recognition)}`);
  return parts.length > 0 ? parts.join(', ') : 'direct';
}
