import type { PlanResult } from '../plan/PlanResult.js';
import { paint } from './paint.js';
import { planFacts } from './planFacts.js';
import { planSearchNote } from './planSearchNote.js';
import { planSections } from './planSections.js';
import { planStatusLabel } from './planStatusLabel.js';
import type { ReportSection } from './reportSections.js';

/**
 * Options for {@link renderPlanText}.
 *
 * @category Reports
 */
export interface RenderPlanTextOptions {
  /** Colour the status and headings with ANSI escape codes (off by default). */
  readonly color?: boolean;
}

/**
 * Writes a plan's result as a plain-text report: a head (program, as-of
 * date, start, status, with the unmet requirements when infeasible, and
 * the currency), the best plan term by term (each unit with its cost,
 * credits, dates, the requirements it fills and the stacks or recognitions
 * it goes through), the totals (cost, `at least` with the units whose cost
 * is unknown named; credits; units; completion), the route, the
 * alternatives, the Pareto front of cost against completion, the notes,
 * and whether the search was exact. Text from the data is written with
 * control characters made visible. A pure function: it only builds the
 * string.
 *
 * @param result - the plan's result, from {@link plan} or {@link safePlan}
 * @param options - see {@link RenderPlanTextOptions}
 * @returns the report, lines ending with `\n`
 *
 * @example
 * ```ts
 * process.stdout.write(renderPlanText(plan(catalog, record, 'mit-scmb', { asOf: '2024-06-30' })));
 * // Program:      Master of Applied Science in Supply Chain Management (blended) (mit-scmb)
 * // ...
 * // Schedule
 * //   Term 1: 2024-06-30 to 2024-10-29
 * //     - mit-scm-residence SCM blended semester in residence (January to June): cost not given, 48 credits, ...
 * ```
 *
 * @category Reports
 */
export function renderPlanText(result: PlanResult, options: RenderPlanTextOptions = {}): string {
  const color = options.color === true;
  const look = planStatusLabel(result.status).look;
  const lines = planFacts(result).map(({ label, value }) => `${`${label}:`.padEnd(14)}${label === 'Status' ? paint(value, look, color) : value}`);
  for (const section of planSections(result)) lines.push('', ...sectionLines(section, color));
  lines.push('', `Search: ${planSearchNote(result)}`);
  return `${lines.join('\n')}\n`;
}

// Sections of one kind of line each read better without bullets.
const UNBULLETED = new Set(['Schedule', 'Totals', 'Route']);

function sectionLines(section: ReportSection, color: boolean): string[] {
  const lines = [paint(section.title, 'bold', color)];
  if (section.items.length === 0) lines.push(`  ${section.empty}`);
  for (const item of section.items) {
    lines.push(`  ${UNBULLETED.has(section.title) ? '' : '- '}${item.text}`, ...item.details.map((d) => `    - ${d}`));
  }
  return lines;
}
