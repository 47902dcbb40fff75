import type { RankResult } from '../rank/RankResult.js';
import { paint } from './paint.js';
import { rankedProgramFacts } from './rankedProgramFacts.js';

/**
 * Options for {@link renderRankText}.
 *
 * @category Reports
 */
export interface RenderRankTextOptions {
  /** Colour each program's status with ANSI escape codes (off by default). */
  readonly color?: boolean;
}

/**
 * Writes a ranking as a plain-text report: the as-of date and the number
 * of programs, then one line per program, closest first (rank, id, title,
 * status, requirements met, credits applied over required, and the best
 * plan's cost, completion and units), with what of the record counts
 * toward it (the unit, how, through which composite and recognition)
 * under that line. Text from the data is written with control characters
 * made visible. A pure function: it only builds the string.
 *
 * @param result - the ranking, from {@link rank} or {@link safeRank}
 * @param options - see {@link RenderRankTextOptions}
 * @returns the report, lines ending with `\n`
 *
 * @example
 * ```ts
 * process.stdout.write(renderRankText(rank(catalog, record, { asOf: '2024-06-30' })));
 * // As of:        2024-06-30
 * // Programs:     2, closest first
 * //
 * // 1. mit-scmb Master of Applied Science in Supply Chain Management (blended): IN PROGRESS, ...
 * //    counts: mit-scmb-online-semester, 42 credits, recognised through mitx-scm-micromasters, mit-scmb-pathway
 * ```
 *
 * @category Reports
 */
export function renderRankText(result: RankResult, options: RenderRankTextOptions = {}): string {
  const color = options.color === true;
  const lines = [`${'As of:'.padEnd(14)}${result.asOf ?? 'no date given'}`, `${'Programs:'.padEnd(14)}${result.programs.length}, closest first`];
  result.programs.forEach((ranked, k) => {
    const f = rankedProgramFacts(ranked);
    const number = `${k + 1}. `;
    const under = ' '.repeat(number.length);
    const plan =
      ranked.plan === undefined ? 'not planned'
      : ranked.plan.status === 'complete' ? 'complete, nothing to take'
      : ranked.plan.completion === undefined ? f.cost
      : `${f.cost}, completes ${f.completion}, ${f.units} unit${f.units === 1 ? '' : 's'}`;
    lines.push(
      '',
      `${number}${f.program}: ${paint(f.status, ranked.status, color)}, ${f.met}, ${f.credits}; plan: ${plan}`,
      ...(f.counts.length === 0 ? [`${under}counts: nothing yet`] : f.counts.map((c) => `${under}counts: ${c}`)),
    );
  });
  if (result.programs.length === 0) lines.push('', 'No programs to rank.');
  return `${lines.join('\n')}\n`;
}
