import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mitScmExample } from '../../examples/01-mit-scm-micromasters.js';
import { harvardExample } from '../../examples/02-harvard-extension.js';
import { shortExample, lapsedExample } from '../../examples/03-lapsed-or-short.js';
import { parse as parseYaml } from 'yaml';
import { audit, parseCatalog } from '../../src/index.js';
import { loadExampleData } from '../../examples/loadExampleData.js';
import { scmRoutesExample } from '../../examples/04-scm-routes.js';
import { rankAndMapExample } from '../../examples/05-rank-and-map.js';

describe('examples', () => {
  it('01: the MicroMasters counts as the online semester of MIT SCMb, 42 of 90 units', () => {
    const r = mitScmExample();
    expect(r.inferred.map((c) => c.unit)).toEqual(['mitx-scm-micromasters']);
    expect(r.totals.credits).toMatchObject({ applied: 42, required: 90, remaining: 48 });
    expect(r.satisfied).toBe(false);
  });

  it('02: Harvard Extension counts it as 16 of 48 credits', () => {
    const r = harvardExample();
    expect(r.totals.credits).toMatchObject({ applied: 16, required: 48, remaining: 32 });
  });

  it('02: with the eight remaining courses planned (the capstone on campus), look-ahead completes the ALM', () => {
    // docs/audit.md: 48 of 48 credits, nine achievements in `courses`, the capstone seen by the overlay too.
    const learner = parseYaml(loadExampleData('learner-scm.yaml')) as { achievements: object[] };
    const planned = ['e100', 'e110', 'e120', 'e130', 'e140', 'e150', 'e160', 's170'].map((c) => ({ id: `p-${c}`, unit: `hes-mgmt-${c}`, earnedOn: '2025-05-15', status: 'planned' }));
    const record = { ...learner, achievements: [...learner.achievements, ...planned] };
    const r = audit(parseCatalog(loadExampleData('scm-catalog.yaml')), record, 'hes-almm', { asOf: '2024-06-30', include: ['planned'] });
    expect(r.satisfied).toBe(true);
    expect(r.totals.credits).toMatchObject({ applied: 48, required: 48, remaining: 0, percent: 100 });
    const courses = r.root.children.find((c) => c.id === 'courses')!;
    const onCampus = r.root.children.find((c) => c.id === 'on-campus')!;
    expect(courses.applied).toHaveLength(9);
    expect(onCampus.status).toBe('satisfied');
    expect(onCampus.applied.map((a) => a.achievement)).toEqual(['p-s170']);
    expect([...r.lookAhead].sort()).toEqual(planned.map((p) => p.id).sort());
  });

  it('03: an exam below the pass mark, and a credential outside the agreement window, each say why', () => {
    const short = shortExample();
    expect(short.totals.credits.applied).toBe(0);
    expect(short.unused.find((u) => u.achievement === 'a-SCMx-CFx')?.reasons[0]?.code).toBe('grade_not_passing');
    const lapsed = lapsedExample();
    expect(lapsed.totals.credits.applied).toBe(0);
    expect(lapsed.unused[0]?.reasons.map((r) => r.code)).toContain('recognition_condition');
  });

  it('each example runs as a script and prints its report', () => {
    for (const file of ['01-mit-scm-micromasters.ts', '02-harvard-extension.ts', '03-lapsed-or-short.ts']) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', `examples/${file}`], { encoding: 'utf8' });
      expect(out).toContain('Status:');
    }
  }, 60_000);

  it('04: a newcomer to MIT SCM: the MicroMasters then the residence is cheapest; the residential year is the other route, dearer and sooner', () => {
    const { newcomer, learner } = scmRoutesExample();
    expect(newcomer.status).toBe('planned');
    expect(newcomer.optimal).toBe(true);
    expect(newcomer.best!.route).toEqual(['mit-scmb-pathway', 'mitx-scm-micromasters']);
    // Five courses at $150 and the exam at $600 (MIT's older FAQ), and the catalog's illustrative $40,000 semester.
    expect(newcomer.best!.totals).toMatchObject({ cost: 41_350, count: 7, completion: '2026-07-05' });
    const residence = newcomer.best!.units.find((u) => u.unit === 'mit-scm-residence')!;
    expect(residence).toMatchObject({ term: 2, starts: '2026-01-06', fills: ['residence'] });
    expect(newcomer.best!.terms.map((t) => t.label)).toEqual(['spring', 'fall', 'spring']);
    expect(newcomer.alternatives.map((a) => [a.units.map((u) => u.unit), a.totals.cost, a.totals.completion])).toEqual([[['mit-scm-residential-year'], 80_000, '2026-05-05']]);
    expect(newcomer.front.map((f) => [f.totals.cost, f.totals.completion])).toEqual([[41_350, '2026-07-05'], [80_000, '2026-05-05']]);
    // Holding the MicroMasters, only the semester in residence is left.
    expect(learner.best!.units.map((u) => u.unit)).toEqual(['mit-scm-residence']);
    expect(learner.best!.totals).toMatchObject({ cost: 40_000, completion: '2025-07-05' });
  });

  it('05: the stack counts toward all three programs; Harvard is the cheapest to finish; the map says by which route', () => {
    const { ranking, map } = rankAndMapExample();
    expect(ranking.programs.map((p) => [p.program.id, p.credits.applied, p.plan?.cost])).toEqual([
      ['hes-almm', 24, 20_400],
      ['mit-scmb', 42, 40_000],
      ['mit-scm', 42, 40_000],
    ]);
    const harvard = ranking.programs[0]!;
    expect(harvard.counted.map((c) => [c.unit, c.how, c.credits])).toEqual([
      ['hes-mgmt-e100', 'direct', 4],
      ['hes-mgmt-e110', 'direct', 4],
      ['mitx-scm-micromasters', 'recognised', 16],
    ]);
    expect(harvard.plan!.units).toHaveLength(6);
    const micromasters = map.entries.filter((e) => e.credential === 'mitx-scm-micromasters');
    expect(micromasters.map((e) => [e.program, e.route, e.recognition, e.credits])).toEqual([
      ['hes-almm', 'recognized', 'hes-scm-pathway', 16],
      ['mit-scm', 'recognized', 'mit-scmb-pathway', 42],
      ['mit-scmb', 'recognized', 'mit-scmb-pathway', 42],
    ]);
  });
});
