import type { PlanResult } from '../plan/PlanResult.js';
import { planFacts } from './planFacts.js';
import { planSearchNote } from './planSearchNote.js';
import { planSections } from './planSections.js';
import type { ReportSection } from './reportSections.js';
import { MARKDOWN_STYLE as MD } from './ReportStyle.js';

/**
 * Writes a plan's result as Markdown, with the same content as
 * {@link renderPlanText}: a heading with the program, the head's facts as
 * a list, then one section each for the schedule (a list of terms, each
 * with its units), the totals, the route, the alternatives, the Pareto
 * front and the notes, and a last line on whether the search was exact.
 * Ids are code spans; text from the data is escaped. A pure function: it
 * only builds the string.
 *
 * @param result - the plan's result, from {@link plan} or {@link safePlan}
 * @returns the Markdown, lines ending with `\n`
 *
 * @example
 * ```ts
 * const markdown = renderPlanMarkdown(plan(catalog, record, 'hes-almm', { asOf: '2024-06-30' }));
 * // # Plan: Master of Liberal Arts (ALM) in Management, Harvard Extension School
 * // ...
 * // - Term 1: 2024-06-30 to 2024-10-29
 * //   - `hes-mgmt-e100` Managerial Finance (illustrative code): 3,400 USD, 4 credits, ...
 * ```
 *
 * @category Reports
 */
export function renderPlanMarkdown(result: PlanResult): string {
  const lines = [`# Plan: ${MD.text(result.program.title)}`, '', ...planFacts(result, MD).map(({ label, value }) => `- **${label}:** ${value}`)];
  for (const section of planSections(result, MD)) lines.push('', ...sectionLines(section));
  lines.push('', `> **Search:** ${planSearchNote(result)}`);
  return `${lines.join('\n')}\n`;
}

function sectionLines(section: ReportSection): string[] {
  const lines = [`## ${section.title}`, ''];
  if (section.items.length === 0) lines.push(`_${section.empty}_`);
  for (const item of section.items) lines.push(`- ${item.text}`, ...item.details.map((d) => `  - ${d}`));
  return lines;
}
