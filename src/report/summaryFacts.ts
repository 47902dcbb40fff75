import type { AuditResult } from '../audit/AuditResult.js';
import { formatNumber } from './formatNumber.js';
import { overallStatusLabel } from './overallStatusLabel.js';
import { PLAIN_STYLE, type ReportStyle } from './ReportStyle.js';

/**
 * One line of a report's header: a label and its value.
 *
 * @category Reports
 */
export interface SummaryFact {
  readonly label: string;
  readonly value: string;
}

/**
 * The facts at the head of a report: the program, the as-of date, the
 * overall status, the credits (applied/required in the program's credit
 * system, remaining, percent), the requirements met, and the achievements
 * counted through look-ahead if any.
 *
 * @param result - the audit's result
 * @param style - how to write ids and titles (plain text by default)
 * @returns the facts, in order
 *
 * @example
 * ```ts
 * summaryFacts(result)[3]; // { label: 'Credits', value: '42/90 mit-unit, 48 remaining (46.7%)' }
 * ```
 *
 * @category Reports
 */
export function summaryFacts(result: AuditResult, style: ReportStyle = PLAIN_STYLE): SummaryFact[] {
  const { requirements } = result.totals;
  const facts: SummaryFact[] = [
    { label: 'Program', value: `${style.text(result.program.title)} (${style.id(result.program.id)})` },
    { label: 'As of', value: result.asOf ?? 'no date given' },
    { label: 'Status', value: overallStatusLabel(result) },
    { label: 'Credits', value: describeCredits(result, style) },
    { label: 'Requirements', value: `${requirements.satisfied} of ${requirements.total} met` },
  ];
  if (result.lookAhead.length > 0) {
    facts.push({ label: 'Look-ahead', value: `counts ${result.lookAhead.map(style.id).join(', ')} (in progress or planned)` });
  }
  return facts;
}

function describeCredits(result: AuditResult, style: ReportStyle): string {
  const { applied, required, remaining, percent } = result.totals.credits;
  const system = result.creditSystem === undefined ? ' credits' : ` ${style.id(result.creditSystem)}`;
  const figure = required === undefined ? `${formatNumber(applied)}${system} applied` : `${formatNumber(applied)}/${formatNumber(required)}${system}`;
  const rest = remaining === undefined ? '' : `, ${formatNumber(remaining)} remaining`;
  const share = percent === undefined ? '' : ` (${formatNumber(percent)}%)`;
  return `${figure}${rest}${share}`;
}
