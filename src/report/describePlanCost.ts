import type { PlanOption } from '../plan/PlanResult.js';
import { formatCost } from './formatCost.js';
import { PLAIN_STYLE, type ReportStyle } from './ReportStyle.js';

/**
 * A plan's total cost in words: the sum of the known costs in the plan's
 * currency, with `at least` and the units without a cost named when the
 * catalog gives none for some (`at least 0 USD (no cost given for
 * mit-scm-residence)`).
 *
 * @param option - the plan
 * @param currency - the plan's currency, if any
 * @param style - how to write ids (plain text by default)
 * @returns the phrase
 *
 * @example
 * ```ts
 * describePlanCost(result.best!, result.currency); // '27,200 USD'
 * ```
 *
 * @category Reports
 */
export function describePlanCost(option: PlanOption, currency?: string, style: ReportStyle = PLAIN_STYLE): string {
  const { cost, costUnknown } = option.totals;
  const amount = formatCost(cost, currency === undefined ? undefined : style.text(currency), costUnknown.length > 0);
  return costUnknown.length === 0 ? amount : `${amount} (no cost given for ${costUnknown.map(style.id).join(', ')})`;
}
