import type { PlanOption, PlanResult, PlanTerm } from '../plan/PlanResult.js';
import { describePlanCost } from './describePlanCost.js';
import { describePlannedUnit } from './describePlannedUnit.js';
import { describePlanOption } from './describePlanOption.js';
import { describeRoute } from './describeRoute.js';
import { formatNumber } from './formatNumber.js';
import type { ReportItem, ReportSection } from './reportSections.js';
import { PLAIN_STYLE, type ReportStyle } from './ReportStyle.js';

/**
 * The sections of a plan's report after its head, in order: Schedule (the
 * best plan term by term, each unit with its cost, credits, dates and the
 * requirements it fills), Totals, Route, Alternatives, Pareto front and
 * Notes. Shared by {@link renderPlanText} and {@link renderPlanMarkdown}
 * so that the two say the same.
 *
 * @param result - the plan's result
 * @param style - how to write ids and prose (plain text by default)
 * @returns the sections, empty ones included
 *
 * @example
 * ```ts
 * planSections(result).map((s) => s.title);
 * // ['Schedule', 'Totals', 'Route', 'Alternatives', 'Pareto front (cost against completion)', 'Notes']
 * ```
 *
 * @category Reports
 */
export function planSections(result: PlanResult, style: ReportStyle = PLAIN_STYLE): ReportSection[] {
  const { best, currency } = result;
  const none = result.status === 'complete' ? 'nothing to take: the record already meets the program' : 'no plan found';
  const short = (o: PlanOption): ReportItem => ({ text: describePlanOption(o, currency, style), details: [] });
  return [
    { title: 'Schedule', items: best ? best.terms.map((t) => termItem(t, best, currency, style)) : [], empty: none },
    { title: 'Totals', items: best ? totalItems(best, currency, style) : [], empty: 'no plan found' },
    { title: 'Route', items: best ? [{ text: describeRoute(best.route, style), details: [] }] : [], empty: 'no plan found' },
    { title: 'Alternatives', items: result.alternatives.map(short), empty: 'none: no other route found' },
    { title: 'Pareto front (cost against completion)', items: result.front.map(short), empty: 'none' },
    { title: 'Notes', items: result.notes.map((n) => ({ text: `${style.text(n.message)} (${style.id(n.code)})`, details: [] })), empty: 'none' },
  ];
}

function termItem(term: PlanTerm, option: PlanOption, currency: string | undefined, style: ReportStyle): ReportItem {
  const label = term.label === undefined ? '' : ` (${style.text(term.label)})`;
  const starting = option.units.filter((u) => u.term === term.index);
  const continuing = term.units.filter((id) => !starting.some((u) => u.unit === id));
  return {
    text: `Term ${term.index + 1}${label}: ${term.starts} to ${term.ends}`,
    details: [
      ...starting.map((u) => describePlannedUnit(u, currency, style)),
      ...(continuing.length === 0 ? [] : [`continuing: ${continuing.map(style.id).join(', ')}`]),
    ],
  };
}

function totalItems(option: PlanOption, currency: string | undefined, style: ReportStyle): ReportItem[] {
  const { credits, count, completion, days } = option.totals;
  const system = option.audit.creditSystem === undefined ? 'credits' : style.id(option.audit.creditSystem);
  return [
    { text: `Cost: ${describePlanCost(option, currency, style)}`, details: [] },
    { text: `Credits: ${formatNumber(credits)} ${system}`, details: [] },
    { text: `Units: ${count}`, details: [] },
    { text: `Completion: ${completion} (${days} day${days === 1 ? '' : 's'} from the start)`, details: [] },
  ];
}
