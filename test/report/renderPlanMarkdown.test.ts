import { describe, expect, it } from 'vitest';
import { plan } from '../../src/plan/plan.js';
import { renderPlanMarkdown } from '../../src/report/renderPlanMarkdown.js';
import { renderPlanText } from '../../src/report/renderPlanText.js';
import { LEARNER, SCM_CATALOG, linesOf } from './auditExamples.js';
import { AS_OF, CONTROL, EMPTY, HOSTILE, catalogOf, course, routesCatalog } from '../_helpers/planCatalogs.js';

/** The lines of a Markdown section, from its heading to the next heading. */
function section(markdown: string, heading: string): string[] {
  const lines = linesOf(markdown);
  const start = lines.indexOf(`## ${heading}`);
  if (start < 0) throw new Error(`no section ${heading}`);
  const end = lines.findIndex((l, i) => i > start && (l.startsWith('## ') || l.startsWith('> ')));
  return lines.slice(start + 2, end < 0 ? undefined : end).filter((l) => l !== '');
}

describe('renderPlanMarkdown', () => {
  const almm = plan(SCM_CATALOG, LEARNER, 'hes-almm', { asOf: '2024-06-30' });
  const markdown = renderPlanMarkdown(almm);

  it('has a heading with the program and the facts as a list, ids as code spans', () => {
    expect(linesOf(markdown).slice(0, 7)).toEqual([
      '# Plan: Master of Liberal Arts (ALM) in Management, Harvard Extension School',
      '',
      '- **Program:** Master of Liberal Arts (ALM) in Management, Harvard Extension School (`hes-almm`)',
      '- **As of:** 2024-06-30',
      '- **Start:** 2024-06-30',
      '- **Status:** PLANNED: the plan below completes the program',
      '- **Currency:** USD',
    ]);
  });

  it('lists the terms with their units nested under them', () => {
    const schedule = section(markdown, 'Schedule');
    expect(schedule[0]).toBe('- Term 1: 2024-06-30 to 2024-10-29');
    expect(schedule).toContain('  - `hes-mgmt-e100` Managerial Finance (illustrative code): 3,400 USD, 4 credits, 2024-06-30 to 2024-10-12, fills `courses` directly');
    expect(schedule.filter((l) => l.startsWith('  - `'))).toHaveLength(almm.best!.units.length);
  });

  it('gives the totals, the route, the alternatives and the front, and ends with the search', () => {
    expect(section(markdown, 'Totals')[0]).toBe('- Cost: 27,200 USD');
    expect(section(markdown, 'Route')).toEqual(['- `hes-scm-pathway`, `mitx-scm-micromasters`']);
    const routes = renderPlanMarkdown(plan(routesCatalog(), EMPTY, 'DEG', { asOf: AS_OF }));
    expect(section(routes, 'Alternatives')).toEqual(['- route direct (no stack or recognition): 2,000 USD, completes 2025-04-20, 2 units: `L1`, `L2`']);
    expect(section(routes, 'Notes')).toEqual(['_none_']);
    expect(linesOf(markdown).at(-2)).toBe(`> **Search:** optimal (exact search), ${almm.steps} steps over ${almm.candidates} candidate units`);
  });

  it('says "at least" with unknown costs, and names the unmet requirements when infeasible', () => {
    const unknown = catalogOf([course('A', 100), course('B', undefined)], { id: 'root', all: [{ id: 'a', unit: 'A' }, { id: 'b', unit: 'B' }] });
    expect(section(renderPlanMarkdown(plan(unknown, EMPTY, 'DEG', { asOf: AS_OF })), 'Totals')[0]).toBe('- Cost: at least 100 USD (no cost given for `B`)');
    const { offering: _, ...notOffered } = course('B', 100);
    const infeasible = catalogOf([course('A', 100), notOffered as never], { id: 'root', all: [{ id: 'a', unit: 'A' }, { id: 'b', unit: 'B' }] });
    const lines = linesOf(renderPlanMarkdown(plan(infeasible, EMPTY, 'DEG', { asOf: AS_OF })));
    expect(lines).toContain('- **Unmet:** `b`');
    expect(lines).toContain('_no plan found_');
  });

  it('escapes Markdown and control characters in the data', () => {
    const catalog = catalogOf([course('A', 100, { title: `C*-algebras <b>${HOSTILE}` })], { id: 'root', unit: 'A' }, {}, 'Degree [link](x) _here_');
    const text = renderPlanMarkdown(plan(catalog, EMPTY, 'DEG', { asOf: AS_OF }));
    expect(text).not.toMatch(CONTROL);
    expect(linesOf(text)[0]).toBe('# Plan: Degree \\[link\\](x) \\_here\\_');
    expect(text).toContain('  - `A` C\\*-algebras \\<b\\>\\x1B\\[2J\\x1B\\[31m\\x9B2J\\u202E: 100 USD');
  });

  it('says what the text report says, unit for unit', () => {
    const plain = (s: string) => s.replace(/\\([\\`*_{}[\]<>#|~])/g, '$1').replace(/`/g, '');
    const textUnits = linesOf(renderPlanText(almm)).filter((l) => l.startsWith('    - ')).map((l) => l.slice(6));
    const mdUnits = section(markdown, 'Schedule').filter((l) => l.startsWith('  - ')).map((l) => plain(l.slice(4)));
    expect(mdUnits).toEqual(textUnits);
    expect(mdUnits.length).toBeGreaterThan(0);
  });
});
