import { describe, expect, it } from 'vitest';
import { rank } from '../../src/rank/rank.js';
import { renderRankMarkdown } from '../../src/report/renderRankMarkdown.js';
import { LEARNER, SCM_CATALOG, linesOf } from './auditExamples.js';
import { AS_OF, CONTROL, EMPTY, HOSTILE, catalogOf, course } from '../_helpers/planCatalogs.js';

/** The cells of a table row, split on the pipes that are not escaped. */
function cells(row: string): string[] {
  return row.slice(2, -2).split(/(?<!\\) \| /);
}

describe('renderRankMarkdown', () => {
  const result = rank(SCM_CATALOG, LEARNER, { asOf: '2024-06-30' });
  const lines = linesOf(renderRankMarkdown(result));
  const rows = lines.filter((l) => l.startsWith('| '));

  it('has a heading, the date, and a table with a row per program, closest first', () => {
    expect(lines.slice(0, 4)).toEqual(['# Ranking', '', '- **As of:** 2024-06-30', `- **Programs:** ${result.programs.length}, closest first`]);
    expect(cells(rows[0]!)).toEqual(['#', 'Program', 'Status', 'Met', 'Credits', 'What counts', 'Plan cost', 'Completion', 'Units']);
    expect(rows[1]).toBe('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    expect(rows.slice(2).map((r) => cells(r)[1]!.split(' ')[0])).toEqual(result.programs.map((p) => `\`${p.program.id}\``));
  });

  it('fills each row with the status, share met, credits, what counts and the plan', () => {
    const almm = rows.map(cells).find((c) => c[1]!.startsWith('`hes-almm`'))!;
    expect(almm.slice(2)).toEqual([
      'IN PROGRESS',
      '0 of 2 requirements met (0%)',
      '16/48 `us-semester`',
      '`mitx-scm-micromasters`, 16 credits, recognised through `mitx-scm-micromasters`, `hes-scm-pathway`',
      '27,200 USD',
      '2025-02-11',
      '8',
    ]);
    const bare = linesOf(renderRankMarkdown(rank(SCM_CATALOG, EMPTY, { asOf: '2024-06-30', plan: false }))).filter((l) => /^\| \d/.test(l));
    expect(cells(bare[0]!).slice(5)).toEqual(['nothing yet', 'not planned', 'not planned', '']);
  });

  it('says "at least" for a plan with unknown costs', () => {
    const unknown = catalogOf([course('A', 100), course('B', undefined)], { id: 'root', all: [{ id: 'a', unit: 'A' }, { id: 'b', unit: 'B' }] });
    const row = linesOf(renderRankMarkdown(rank(unknown, EMPTY, { asOf: AS_OF }))).find((l) => l.startsWith('| 1 '))!;
    expect(cells(row).slice(6)).toEqual(['at least 100 USD', '2025-04-20', '2']);
  });

  // Before: a pipe in an id or title could add a column, and escapes reached the reader.
  it('escapes Markdown, pipes and control characters, so that every row keeps its columns', () => {
    const catalog = parseHostile();
    const text = renderRankMarkdown(rank(catalog, { achievements: [{ id: 'a', unit: 'A|B', earnedOn: '2024-05-01' }] }, { asOf: AS_OF }));
    expect(text).not.toMatch(CONTROL);
    const row = linesOf(text).find((l) => l.startsWith('| 1 '))!;
    expect(cells(row)).toHaveLength(9);
    expect(cells(row)[1]).toBe('`DEG` Degree \\| \\*x\\* \\x1B\\[2J\\x1B\\[31m\\x9B2J\\u202E');
    expect(cells(row)[5]).toBe('`A\\|B`, 4 credits, directly');
  });
});

function parseHostile() {
  return catalogOf([course('A|B', 100)], { id: 'root', unit: 'A|B' }, {}, `Degree | *x* ${HOSTILE}`);
}
