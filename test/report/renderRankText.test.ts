import { describe, expect, it } from 'vitest';
import { rank } from '../../src/rank/rank.js';
import type { RankResult } from '../../src/rank/RankResult.js';
import { renderRankText } from '../../src/report/renderRankText.js';
import { LEARNER, SCM_CATALOG, linesOf } from './auditExamples.js';
import { AS_OF, CONTROL, EMPTY, HOSTILE, catalogOf, course } from '../_helpers/planCatalogs.js';

describe('renderRankText', () => {
  const result = rank(SCM_CATALOG, LEARNER, { asOf: '2024-06-30' });
  const lines = linesOf(renderRankText(result));

  it('starts with the date and the number of programs', () => {
    expect(lines.slice(0, 2)).toEqual(['As of:        2024-06-30', `Programs:     ${result.programs.length}, closest first`]);
  });

  it('gives one line per program, closest first, with what counts under it', () => {
    const heads = lines.filter((l) => /^\d+\. /.test(l));
    expect(heads.map((l) => l.split(' ')[1])).toEqual(result.programs.map((p) => p.program.id));
    const almm = heads.find((l) => l.includes(' hes-almm '))!;
    expect(almm).toMatch(/^\d+\. hes-almm Master of Liberal Arts \(ALM\) in Management, Harvard Extension School: IN PROGRESS, 0 of 2 requirements met \(0%\), 16\/48 us-semester; plan: 27,200 USD, completes 2025-02-11, 8 units$/);
    expect(lines[lines.indexOf(almm) + 1]).toBe('   counts: mitx-scm-micromasters, 16 credits, recognised through mitx-scm-micromasters, hes-scm-pathway');
    const scmb = heads.find((l) => l.includes(' mit-scmb '))!;
    expect(scmb).toContain('IN PROGRESS, 1 of 2 requirements met (50%), 42/90 mit-unit; plan: ');
    expect(lines[lines.indexOf(scmb) + 1]).toBe('   counts: mit-scmb-online-semester, 42 credits, recognised through mitx-scm-micromasters, mit-scmb-pathway');
  });

  it('says "not planned" and "nothing yet" when ranking an empty record without plans', () => {
    const text = renderRankText(rank(SCM_CATALOG, EMPTY, { asOf: '2024-06-30', plan: false }));
    expect(text).toContain(': NOT STARTED, 0 of 2 requirements met (0%), 0/48 us-semester; plan: not planned\n   counts: nothing yet\n');
  });

  it('says "at least" for a plan with unknown costs, and "infeasible" when no plan completes a program', () => {
    const unknown = catalogOf([course('A', 100), course('B', undefined)], { id: 'root', all: [{ id: 'a', unit: 'A' }, { id: 'b', unit: 'B' }] });
    expect(renderRankText(rank(unknown, EMPTY, { asOf: AS_OF }))).toContain('; plan: at least 100 USD, completes 2025-04-20, 2 units\n');
    const { offering: _, ...notOffered } = course('B', 100);
    const infeasible = catalogOf([course('A', 100), notOffered as never], { id: 'root', all: [{ id: 'a', unit: 'A' }, { id: 'b', unit: 'B' }] });
    expect(renderRankText(rank(infeasible, EMPTY, { asOf: AS_OF }))).toContain('; plan: infeasible\n');
  });

  it('says so when there is nothing to rank', () => {
    const empty: RankResult = { asOf: AS_OF, programs: [] };
    expect(linesOf(renderRankText(empty))).toContain('No programs to rank.');
  });

  // Before: a title with escape sequences would have reached the terminal as it was.
  it('shows control characters in the data escaped, never sends them', () => {
    const catalog = catalogOf([course('A', 100)], { id: 'root', unit: 'A' }, {}, `Degree${HOSTILE}`);
    const ranked = rank(catalog, { achievements: [{ id: 'a', unit: 'A', earnedOn: '2024-05-01' }] }, { asOf: AS_OF });
    const text = renderRankText(ranked);
    expect(text).not.toMatch(CONTROL);
    expect(text).toContain('1. DEG Degree\\x1B[2J\\x1B[31m\\x9B2J\\u202E: SATISFIED, 1 of 1 requirements met (100%), 4 us-semester applied; plan: complete, nothing to take\n');
    expect(renderRankText(ranked, { color: true })).toContain('\u001b[32mSATISFIED\u001b[0m');
    expect(renderRankText(ranked, { color: true }).replaceAll(/\u001b\[\d+m/g, '')).toBe(text);
  });
});
