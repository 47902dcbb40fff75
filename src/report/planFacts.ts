import type { PlanResult } from '../plan/PlanResult.js';
import { planStatusLabel } from './planStatusLabel.js';
import { PLAIN_STYLE, type ReportStyle } from './ReportStyle.js';
import type { SummaryFact } from './summaryFacts.js';

/**
 * The facts at the head of a plan's report: the program, the as-of date,
 * the first day of the plan, its status (with the requirements left unmet
 * when it is infeasible), and the currency its costs are in.
 *
 * @param result - the plan's result
 * @param style - how to write ids and titles (plain text by default)
 * @returns the facts, in order
 *
 * @example
 * ```ts
 * planFacts(result)[3]; // { label: 'Status', value: 'PLANNED: the plan below completes the program' }
 * ```
 *
 * @category Reports
 */
export function planFacts(result: PlanResult, style: ReportStyle = PLAIN_STYLE): SummaryFact[] {
  const facts: SummaryFact[] = [
    { label: 'Program', value: `${style.text(result.program.title)} (${style.id(result.program.id)})` },
    { label: 'As of', value: result.asOf ?? 'no date given' },
    { label: 'Start', value: result.start },
    { label: 'Status', value: planStatusLabel(result.status).label },
  ];
  if (result.status === 'infeasible') {
    facts.push({ label: 'Unmet', value: result.unmet.length === 0 ? 'no requirement named' : result.unmet.map(style.id).join(', ') });
  }
  facts.push({ label: 'Currency', value: result.currency === undefined ? 'none: the catalog prices no unit' : style.text(result.currency) });
  return facts;
}
