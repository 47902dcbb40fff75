import type { CreditMap } from './CreditMapEntry.js';
import { MARKDOWN_STYLE as MD } from '../report/ReportStyle.js';
import { describeRoute } from './describeRoute.js';
import { describeCredits } from './describeCredits.js';
import { describeCondition } from './describeCondition.js';

/**
 * Writes a credit map as Markdown: a heading, the programs mapped, and a
 * table with one row per entry (credential, program, route, credits,
 * requirements, conditions) in the map's order. Ids are code spans, text
 * from the data is escaped, and pipes are escaped so that no cell can
 * split. A pure function.
 *
 * @param map - from {@link creditMap}
 * @returns the Markdown, lines ending with `\n`
 *
 * @example
 * ```ts
 * const markdown = renderCreditMapMarkdown(creditMap(catalog, { asOf: '2024-06-30' }));
 * // | `mitx-scm-micromasters` | `mit-scmb` | recognized via `mit-scmb-pathway` | 42 `mit-unit` | `online-semester` | verified (recognition `mit-scmb-pathway`) |
 * ```
 *
 * @category Credit map
 */
export function renderCreditMapMarkdown(map: CreditMap): string {
  const lines = [`# Credit map${map.asOf === undefined ? '' : ` as of ${map.asOf}`}`, '', '## Programs', ''];
  for (const p of map.programs) lines.push(`- ${MD.id(p.id)}: ${MD.text(p.title)}${p.creditSystem === undefined ? '' : ` (credits in ${MD.id(p.creditSystem)})`}`);
  lines.push('', '## Routes', '');
  if (map.entries.length === 0) return `${[...lines, 'No credential counts toward the programs mapped.'].join('\n')}\n`;
  lines.push('| Credential | Program | Route | Credits | Requirements | Conditions |', '| --- | --- | --- | --- | --- | --- |');
  for (const e of map.entries) {
    const cells = [
      MD.id(e.credential),
      MD.id(e.program),
      describeRoute(e, MD),
      describeCredits(e, MD),
      e.requirements.map((r) => MD.id(r)).join(', '),
      e.conditions.map((c) => describeCondition(c, MD)).join('; '),
    ];
    lines.push(`| ${cells.map(cell).join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** A pipe not yet escaped would end the cell, even inside a code span. */
function cell(text: string): string {
  return text.replace(/(^|[^\\])\|/g, '$1\\|').replace(/(^|[^\\])\|/g, '$1\\|');
}
