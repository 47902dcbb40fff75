import type { PlannedUnit } from '../plan/PlanResult.js';
import { formatCost } from './formatCost.js';
import { formatCredits } from './formatCredits.js';
import { PLAIN_STYLE, type ReportStyle } from './ReportStyle.js';

/**
 * One unit of a plan in words: its id and title, its cost (or `cost not
 * given`), its credits in the program's credit system, the days it runs,
 * the requirements it fills and how: `directly`, or via the composites it
 * stacks into and the recognitions that carry it. A unit that fills no
 * requirement itself (a prerequisite, or a part whose composite does not
 * count) says so.
 *
 * @param unit - the planned unit
 * @param currency - the plan's currency, if any
 * @param style - how to write ids and prose (plain text by default)
 * @returns the line, without a bullet
 *
 * @example
 * ```ts
 * describePlannedUnit(unit, 'USD');
 * // 'SC0x Supply Chain Analytics: 150 USD, 0 credits, 2024-06-30 to 2024-09-28, fills online-semester via mit-scmb-pathway, mitx-scm-micromasters'
 * ```
 *
 * @category Reports
 */
export function describePlannedUnit(unit: PlannedUnit, currency?: string, style: ReportStyle = PLAIN_STYLE): string {
  const cost = unit.cost === undefined ? 'cost not given' : formatCost(unit.cost, currency === undefined ? undefined : style.text(currency));
  const via = unit.via.length === 0 ? 'directly' : `via ${unit.via.map(style.id).join(', ')}`;
  const fills = unit.fills.length === 0 ? `fills no requirement itself${unit.via.length === 0 ? '' : ` (${via})`}` : `fills ${unit.fills.map(style.id).join(', ')} ${via}`;
  return `${style.id(unit.unit)} ${style.text(unit.title)}: ${cost}, ${formatCredits(unit.credits)}, ${unit.starts} to ${unit.ends}, ${fills}`;
}
