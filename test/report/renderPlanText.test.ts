import { describe, expect, it } from 'vitest';
import { plan } from '../../src/plan/plan.js';
import type { PlanResult } from '../../src/plan/PlanResult.js';
import { renderPlanText } from '../../src/report/renderPlanText.js';
import { LEARNER, SCM_CATALOG, linesOf, sectionOf } from './auditExamples.js';
import { AS_OF, CONTROL, EMPTY, HOSTILE, catalogOf, course, routesCatalog } from '../_helpers/planCatalogs.js';

describe('renderPlanText', () => {
  const almm = plan(SCM_CATALOG, LEARNER, 'hes-almm', { asOf: '2024-06-30' });
  const text = renderPlanText(almm);

  it('starts with the program, the dates, the status and the currency', () => {
    expect(linesOf(text).slice(0, 5)).toEqual([
      'Program:      Master of Liberal Arts (ALM) in Management, Harvard Extension School (hes-almm)',
      'As of:        2024-06-30',
      'Start:        2024-06-30',
      'Status:       PLANNED: the plan below completes the program',
      'Currency:     USD',
    ]);
  });

  it('lists the best plan term by term, each unit with its cost, credits, dates and what it fills', () => {
    const schedule = sectionOf(text, 'Schedule');
    expect(schedule[1]).toBe('  Term 1: 2024-06-30 to 2024-10-29');
    expect(schedule).toContain('    - hes-mgmt-e100 Managerial Finance (illustrative code): 3,400 USD, 4 credits, 2024-06-30 to 2024-10-12, fills courses directly');
    expect(schedule.some((l) => /^ {4}- hes-mgmt-s170 .*: 3,400 USD, 4 credits, .*, fills courses, on-campus directly$/.test(l))).toBe(true);
    // Every unit of the plan is listed once, under the term it starts in.
    for (const unit of almm.best!.units) {
      const at = schedule.findIndex((l) => l.startsWith(`    - ${unit.unit} `));
      expect(at).toBeGreaterThan(0);
      const heading = schedule.slice(0, at).filter((l) => l.startsWith('  Term ')).at(-1);
      expect(heading).toBe(`  Term ${unit.term + 1}: ${almm.best!.terms[unit.term]!.starts} to ${almm.best!.terms[unit.term]!.ends}`);
    }
  });

  it('gives the totals, the route, and says the search was exact', () => {
    expect(sectionOf(text, 'Totals')).toEqual(['Totals', '  Cost: 27,200 USD', '  Credits: 32 us-semester', '  Units: 8', `  Completion: ${almm.best!.totals.completion} (${almm.best!.totals.days} days from the start)`]);
    expect(sectionOf(text, 'Route')).toEqual(['Route', '  hes-scm-pathway, mitx-scm-micromasters']);
    expect(linesOf(text).at(-2)).toBe(`Search: optimal (exact search), ${almm.steps} steps over ${almm.candidates} candidate units`);
  });

  it('says "at least" and names the units whose cost is unknown', () => {
    const catalog = catalogOf([course('A', 100), course('B', undefined)], { id: 'root', all: [{ id: 'a', unit: 'A' }, { id: 'b', unit: 'B' }] });
    const lines = linesOf(renderPlanText(plan(catalog, EMPTY, 'DEG', { asOf: AS_OF })));
    expect(lines).toContain('  Cost: at least 100 USD (no cost given for B)');
    expect(lines).toContain('    - B Course B: cost not given, 4 credits, 2025-01-06 to 2025-04-20, fills b directly');
    expect(lines.some((l) => l.startsWith('  - ') && l.endsWith('(unknown_cost)'))).toBe(true);
  });

  it('says infeasible and names the unmet requirements', () => {
    const { offering: _, ...notOffered } = course('B', 100);
    const catalog = catalogOf([course('A', 100), notOffered as never], { id: 'root', all: [{ id: 'a', unit: 'A' }, { id: 'b', unit: 'B' }] });
    const text = renderPlanText(plan(catalog, EMPTY, 'DEG', { asOf: AS_OF }));
    expect(linesOf(text)).toContain("Status:       INFEASIBLE: no set of the catalog's offered units completes the program within the constraints");
    expect(linesOf(text)).toContain('Unmet:        b');
    expect(sectionOf(text, 'Schedule')).toEqual(['Schedule', '  no plan found']);
  });

  it('says complete, with nothing to take, when the record meets the program', () => {
    const catalog = catalogOf([course('A', 100)], { id: 'root', unit: 'A' });
    const text = renderPlanText(plan(catalog, { achievements: [{ id: 'a', unit: 'A', earnedOn: '2024-05-01' }] }, 'DEG', { asOf: AS_OF }));
    expect(linesOf(text)).toContain('Status:       COMPLETE: the record already meets the program');
    expect(sectionOf(text, 'Schedule')).toEqual(['Schedule', '  nothing to take: the record already meets the program']);
    expect(sectionOf(text, 'Totals')).toContain('  Cost: 0 USD');
  });

  it('shows the stack and recognition a unit goes through, the other routes and the Pareto front', () => {
    const result = plan(routesCatalog(), EMPTY, 'DEG', { asOf: AS_OF });
    const text = renderPlanText(result);
    expect(linesOf(text)).toContain('    - M1 Course M1: 150 USD, 4 credits, 2025-01-06 to 2025-04-20, fills root via MC, r-mc');
    expect(sectionOf(text, 'Route')).toEqual(['Route', '  MC, r-mc']);
    expect(sectionOf(text, 'Alternatives')).toEqual(['Alternatives', '  - route direct (no stack or recognition): 2,000 USD, completes 2025-04-20, 2 units: L1, L2']);
    expect(sectionOf(text, 'Pareto front (cost against completion)')).toEqual([
      'Pareto front (cost against completion)',
      '  - route MC, r-mc: 300 USD, completes 2025-04-20, 2 units: M1, M2',
    ]);
  });

  it('labels terms when the calendar names them, and shows units that continue from an earlier term', () => {
    const long = course('A', 100, { offering: { cost: { amount: 100, currency: 'USD' }, duration: 'P6M', terms: ['fall'] } });
    const text = renderPlanText(plan(catalogOf([long], { id: 'root', unit: 'A' }), EMPTY, 'DEG', { asOf: AS_OF, calendar: { labels: ['spring', 'summer', 'fall'] } }));
    const schedule = sectionOf(text, 'Schedule');
    expect(schedule).toContain('  Term 3 (fall): 2025-09-06 to 2026-01-05');
    expect(schedule).toContain('  Term 4 (spring): 2026-01-06 to 2026-05-05');
    expect(schedule[schedule.indexOf('  Term 4 (spring): 2026-01-06 to 2026-05-05') + 1]).toBe('    - continuing: A');
  });

  it('says when the step budget ran out', () => {
    const result: PlanResult = { ...almm, optimal: false, steps: 2 };
    expect(linesOf(renderPlanText(result)).at(-2)).toMatch(/^Search: not proven optimal: the step budget ran out, or an audit did not finish its own search \(2 steps over \d+ candidate units\)/);
  });

  // Before: a title with escape sequences would have reached the terminal as it was.
  it('shows control characters in the data escaped, never sends them', () => {
    const catalog = catalogOf([course('A', 100, { title: `Intro${HOSTILE}` })], { id: 'root', unit: 'A' }, {}, `Degree${HOSTILE}\nsecond line`);
    const result = plan(catalog, EMPTY, 'DEG', { asOf: AS_OF });
    const text = renderPlanText(result);
    expect(text).not.toMatch(CONTROL);
    expect(text).toContain('Program:      Degree\\x1B[2J\\x1B[31m\\x9B2J\\u202E second line (DEG)');
    expect(text).toContain('    - A Intro\\x1B[2J\\x1B[31m\\x9B2J\\u202E: 100 USD');
    expect(renderPlanText(result, { color: true }).replaceAll(/\u001b\[\d+m/g, '')).toBe(text);
  });

  it('colours the status and the headings only when asked', () => {
    expect(text).not.toContain('\u001b[');
    const coloured = renderPlanText(almm, { color: true });
    expect(coloured).toContain('Status:       \u001b[33mPLANNED: the plan below completes the program\u001b[0m');
    expect(coloured).toContain('\u001b[1mSchedule\u001b[0m');
  });
});
