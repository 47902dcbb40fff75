import type { CreditMap } from './CreditMapEntry.js';
import { PLAIN_STYLE as PLAIN } from '../report/ReportStyle.js';
import { describeRoute } from './describeRoute.js';
import { describeCredits } from './describeCredits.js';
import { describeCondition } from './describeCondition.js';

const HEADER = ['Credential', 'Program', 'Route', 'Credits', 'Requirements'] as const;

/**
 * Writes a credit map as a plain-text table: a summary line, then one row
 * per entry (credential, program, route, credits, requirements) in the
 * map's order, each followed by its conditions on an indented `if:` line.
 * Text from the data has control characters made visible. A pure function.
 *
 * @param map - from {@link creditMap}
 * @returns the text, lines ending with `\n`
 *
 * @example
 * ```ts
 * process.stdout.write(renderCreditMapText(creditMap(catalog, { asOf: '2024-06-30' })));
 * // Credential             Program   Route                               Credits        Requirements
 * // mitx-scm-micromasters  mit-scmb  recognized via mit-scmb-pathway     42 mit-unit    online-semester
 * //                                  if: verified (recognition mit-scmb-pathway)
 * ```
 *
 * @category Credit map
 */
export function renderCreditMapText(map: CreditMap): string {
  const rows = map.entries.map((e) => ({
    cells: [PLAIN.id(e.credential), PLAIN.id(e.program), describeRoute(e, PLAIN), describeCredits(e, PLAIN), e.requirements.map((r) => PLAIN.id(r)).join(', ')],
    conditions: e.conditions.map((c) => describeCondition(c, PLAIN)),
  }));
  const widths = HEADER.map((h, i) => Math.max(h.length, ...rows.map((r) => r.cells[i]!.length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  const indent = ' '.repeat(widths[0]! + widths[1]! + 4);
  const lines = [summary(map), ''];
  if (rows.length === 0) return `${[...lines, 'No credential counts toward the programs mapped.'].join('\n')}\n`;
  lines.push(line(HEADER), line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) {
    lines.push(line(row.cells));
    if (row.conditions.length > 0) lines.push(`${indent}if: ${row.conditions.join('; ')}`);
  }
  return `${lines.join('\n')}\n`;
}

function summary(map: CreditMap): string {
  const asOf = map.asOf === undefined ? '' : ` as of ${map.asOf}`;
  const programs = map.programs.map((p) => PLAIN.id(p.id)).join(', ');
  return `Credit map${asOf}: ${map.entries.length} route${map.entries.length === 1 ? '' : 's'} of ${map.credentials.length} credential${map.credentials.length === 1 ? '' : 's'} into ${map.programs.length} program${map.programs.length === 1 ? '' : 's'} (${programs})`;
}
