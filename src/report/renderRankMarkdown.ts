import type { RankResult } from '../rank/RankResult.js';
import { rankedProgramFacts } from './rankedProgramFacts.js';
import { MARKDOWN_STYLE as MD } from './ReportStyle.js';

const HEADER = ['#', 'Program', 'Status', 'Met', 'Credits', 'What counts', 'Plan cost', 'Completion', 'Units'];

/**
 * Writes a ranking as Markdown, with the same content as
 * {@link renderRankText}: a heading, the as-of date, and a table with one
 * row per program, closest first (rank, id and title, status,
 * requirements met, credits, what counts and how, and the best plan's
 * cost, completion and units). Ids are code spans; text from the data is
 * escaped, and `|` inside a cell too, so that data cannot add columns. A
 * pure function: it only builds the string.
 *
 * @param result - the ranking, from {@link rank} or {@link safeRank}
 * @returns the Markdown, lines ending with `\n`
 *
 * @example
 * ```ts
 * const markdown = renderRankMarkdown(rank(catalog, record, { asOf: '2024-06-30' }));
 * // # Ranking
 * // ...
 * // | 1 | `mit-scmb` Master of Applied Science ... | IN PROGRESS | 1 of 2 requirements met (50%) | 42/90 `mit-unit` | ... |
 * ```
 *
 * @category Reports
 */
export function renderRankMarkdown(result: RankResult): string {
  const lines = ['# Ranking', '', `- **As of:** ${result.asOf ?? 'no date given'}`, `- **Programs:** ${result.programs.length}, closest first`, ''];
  if (result.programs.length === 0) return `${[...lines, '_No programs to rank._'].join('\n')}\n`;
  lines.push(row(HEADER), row(HEADER.map(() => '---')));
  result.programs.forEach((ranked, k) => {
    const f = rankedProgramFacts(ranked, MD);
    const counts = f.counts.length === 0 ? 'nothing yet' : f.counts.join('; ');
    lines.push(row([String(k + 1), f.program, f.status, f.met, f.credits, counts, f.cost, f.completion, f.units === undefined ? '' : String(f.units)]));
  });
  return `${lines.join('\n')}\n`;
}

// A pipe not already escaped (as in a code span) would end the cell.
function row(cells: readonly string[]): string {
  return `| ${cells.map((c) => c.replace(/(?<!\\)\|/g, '\\|')).join(' | ')} |`;
}
