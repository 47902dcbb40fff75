import type { NodeStatus } from '../audit/AuditResult.js';

/**
 * The looks {@link paint} can give text.
 *
 * @category Reports
 */
export type Paint = NodeStatus | 'bold';

const CODES: Readonly<Record<Paint, string>> = {
  satisfied: '32', // green
  partial: '33', // yellow
  unmet: '31', // red
  waived: '36', // cyan
  bold: '1',
};

/**
 * Wraps text in an ANSI colour (the colour of a status, or bold), or
 * leaves it as it is when colour is off.
 *
 * @param text - the text
 * @param look - a status's colour, or `bold`
 * @param enabled - whether to colour at all
 * @returns the text, coloured when enabled
 *
 * @example
 * ```ts
 * paint('[x]', 'satisfied', true); // '\u001b[32m[x]\u001b[0m'
 * ```
 *
 * @category Reports
 */
export function paint(text: string, look: Paint, enabled: boolean): string {
  return enabled ? `\u001b[${CODES[look]}m${text}\u001b[0m` : text;
}
