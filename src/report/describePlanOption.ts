import type { PlanOption } from '../plan/PlanResult.js';
import { describePlanCost } from './describePlanCost.js';
import { describeRoute } from './describeRoute.js';
import { PLAIN_STYLE, type ReportStyle } from './ReportStyle.js';

/**
 * A plan in one line, for the alternatives and the Pareto front: its
 * route, its cost, the day it completes and its units.
 *
 * @param option - the plan
 * @param currency - the plan's currency, if any
 * @param style - how to write ids (plain text by default)
 * @returns the line, without a bullet
 *
 * @example
 * ```ts
 * describePlanOption(result.alternatives[0]!, result.currency);
 * // 'route direct (no stack or recognition): 2,000 USD, completes 2025-04-20, 2 units: L1, L2'
 * ```
 *
 * @category Reports
 */
export function describePlanOption(option: PlanOption, currency?: string, style: ReportStyle = PLAIN_STYLE): string {
  const { count, completion } = option.totals;
  const units = option.units.length === 0 ? '' : `: ${option.units.map((u) => style.id(u.unit)).join(', ')}`;
  return `route ${describeRoute(option.route, style)}: ${describePlanCost(option, currency, style)}, completes ${completion}, ${count} unit${count === 1 ? '' : 's'}${units}`;
}
