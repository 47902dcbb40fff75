import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/catalog/parseCatalog.js';
import { plan } from '../../src/plan/plan.js';
import { safePlan } from '../../src/plan/safePlan.js';
import { CredstackError } from '../../src/issues/CredstackError.js';
import type { CatalogDocument } from '../../src/model/catalogDocument.js';
import type { Unit } from '../../src/model/unit.js';
import { loadExampleData } from '../../examples/loadExampleData.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { routesCatalog } from '../_helpers/planCatalogs.js';

const AS_OF = '2025-01-06';

function course(id: string, cost: number, extra: Partial<Unit> = {}): Unit {
  return { id, kind: 'course', title: `Course ${id}`, provider: 'uni', credits: { value: 4, system: 'us-semester' }, subjects: ['cs'], offering: { cost: { amount: cost, currency: 'USD' }, duration: 'P15W' }, ...extra } as Unit;
}

function catalogOf(units: Unit[], requirements: Unit['requirements'], extra: Partial<CatalogDocument> = {}): CatalogDocument {
  return {
    organisations: [{ id: 'uni', name: 'A University', kind: 'university' }, { id: 'mooc', name: 'A MOOC platform', kind: 'platform' }],
    units: [...units, { id: 'DEG', kind: 'degree', title: 'Degree', provider: 'uni', policies: { creditSystem: 'us-semester' }, requirements } as Unit],
    ...extra,
  };
}

const empty = { achievements: [] };

describe('plan', () => {
  it('takes the cheapest courses that meet a credit minimum, not the first ones', () => {
    const catalog = parseCatalog(catalogOf([course('A', 900), course('B', 300), course('C', 500), course('D', 100)], { id: 'root', select: { subjects: ['cs'] }, min: { credits: 12 } }));
    const r = plan(catalog, empty, 'DEG', { asOf: AS_OF });
    expect(r.status).toBe('planned');
    expect(r.optimal).toBe(true);
    expect(r.best!.units.map((u) => u.unit).sort()).toEqual(['B', 'C', 'D']);
    expect(r.best!.totals).toMatchObject({ cost: 900, count: 3, credits: 12 });
    expect(r.best!.units.every((u) => u.fills.includes('root'))).toBe(true);
  });

  it('says complete, with an empty plan, when the record already meets the program', () => {
    const catalog = parseCatalog(catalogOf([course('A', 900)], { id: 'root', unit: 'A' }));
    const r = plan(catalog, { achievements: [{ id: 'a', unit: 'A', earnedOn: '2024-05-01' }] }, 'DEG', { asOf: AS_OF });
    expect(r.status).toBe('complete');
    expect(r.best!.units).toEqual([]);
    expect(r.best!.totals).toMatchObject({ cost: 0, count: 0, completion: AS_OF, days: 0 });
  });

  it('says infeasible, and which requirements stay unmet, when no set of offered units completes the program', () => {
    const { offering: _, ...notOffered } = course('B', 100);
    const catalog = parseCatalog(catalogOf([course('A', 100), notOffered as Unit], { id: 'root', all: [{ id: 'a', unit: 'A' }, { id: 'b', unit: 'B' }] }));
    const r = plan(catalog, empty, 'DEG', { asOf: AS_OF });
    expect(r.status).toBe('infeasible');
    expect(r.best).toBeUndefined();
    expect(r.unmet).toEqual(['b']);
  });

  it('proves at once that no plan exists when a pathway can only be met by what the core already uses', () => {
    // MC is stacked from A and B, so it cannot count where A and B count; the other route needs A and B again.
    const electives = Array.from({ length: 40 }, (_, k) => course(`E${k}`, 100 + k, { tags: ['elective'] }));
    const mc = { id: 'MC', kind: 'micro-credential', title: 'A micro-credential', provider: 'uni', credits: { value: 8, system: 'us-semester' }, requirements: { all: [{ unit: 'A' }, { unit: 'B' }] } } as Unit;
    const requirements = {
      id: 'root',
      all: [
        { id: 'core', all: [{ unit: 'A' }, { unit: 'B' }] },
        { id: 'pathway', any: [{ id: 'mc', unit: 'MC' }, { id: 'courses', all: [{ unit: 'A' }, { unit: 'B' }, { unit: 'X' }] }] },
        { id: 'electives', select: { tags: { any: ['elective'] } }, min: { credits: 20 } },
      ],
    } as Unit['requirements'];
    const catalog = parseCatalog(catalogOf([course('A', 100), course('B', 100), course('X', 100), mc, ...electives], requirements));
    const r = plan(catalog, empty, 'DEG', { asOf: AS_OF });
    expect(r.status).toBe('infeasible');
    expect(r.optimal).toBe(true);
    expect(r.steps).toBeLessThan(50);
    expect(r.unmet.length).toBeGreaterThan(0);
  });

  it('retakes a course too old for the time limit to count beside anything planned, and says so', () => {
    const base = catalogOf([course('A', 100), course('B', 200)], { id: 'root', all: [{ id: 'a', unit: 'A' }, { id: 'b', unit: 'B' }] });
    const program = { ...base.units.find((u) => u.id === 'DEG')!, policies: { creditSystem: 'us-semester', timeLimit: 'P5Y' } } as Unit;
    const catalog = parseCatalog({ ...base, units: [...base.units.filter((u) => u.id !== 'DEG'), program] });
    const record = { achievements: [{ id: 'old', unit: 'A', earnedOn: '2018-03-01' }] };
    const r = plan(catalog, record, 'DEG', { asOf: AS_OF });
    expect(r.status).toBe('planned');
    expect(r.optimal).toBe(true);
    expect(r.best!.units.map((u) => u.unit).sort()).toEqual(['A', 'B']);
    expect(r.best!.audit.satisfied).toBe(true);
    expect(r.notes).toEqual([expect.objectContaining({ code: 'past_time_limit', unit: 'A' })]);
    // Within the limit, the course counts and only B is planned.
    const recent = plan(catalog, { achievements: [{ id: 'old', unit: 'A', earnedOn: '2021-03-01' }] }, 'DEG', { asOf: AS_OF });
    expect(recent.best!.units.map((u) => u.unit)).toEqual(['B']);
    expect(recent.notes).toEqual([]);
  });

  it('sees that a unit granted by a recognition stacks into a composite, so the faster route through it is found', () => {
    // MC stacks from C1 (held) and C2; C2 takes five weeks, C0 four, and C0 is recognised as C0 and C2.
    const mc = { id: 'MC', kind: 'micro-credential', title: 'Stack', provider: 'uni', credits: { value: 6, system: 'us-semester' }, requirements: { all: [{ unit: 'C1' }, { unit: 'C2' }] } } as Unit;
    const catalog = parseCatalog(
      catalogOf([course('C0', 100, { offering: { duration: 'P4W' } }), course('C1', 100), course('C2', 100, { offering: { duration: 'P5W' } }), mc], { id: 'root', all: [{ unit: 'MC' }] }, {
        recognitions: [{ id: 'r', institution: 'uni', from: { ids: ['C0'] }, grants: { units: ['C0', 'C2'] } }],
      }),
    );
    const r = plan(catalog, { achievements: [{ id: 'a1', unit: 'C1', earnedOn: '2024-01-15' }] }, 'DEG', { asOf: '2024-06-30', objective: 'time', alternatives: 0, front: false });
    expect(r.optimal).toBe(true);
    expect(r.best!.units.map((u) => u.unit)).toEqual(['C0']);
    expect(r.best!.totals.days).toBe(27);
  });

  it('schedules prerequisites in an earlier term, and keeps to the load per term', () => {
    const catalog = parseCatalog(
      catalogOf([course('A', 100), course('B', 100, { prerequisites: { unit: 'A' } }), course('C', 100), course('D', 100)], { id: 'root', all: [{ unit: 'B' }, { unit: 'C' }, { unit: 'D' }] }),
    );
    const r = plan(catalog, empty, 'DEG', { asOf: AS_OF, calendar: { termLength: 'P4M', perTerm: 2 } });
    const term = Object.fromEntries(r.best!.units.map((u) => [u.unit, u.term]));
    expect(Object.keys(term).sort()).toEqual(['A', 'B', 'C', 'D']);
    expect(term['B']).toBeGreaterThan(term['A']!);
    for (const t of r.best!.terms) expect(t.units.length).toBeLessThanOrEqual(2);
    expect(r.best!.terms[0]).toMatchObject({ index: 0, starts: '2025-01-06', ends: '2025-05-05' });
    // A, the prerequisite, fills no requirement but is in the plan for B.
    expect(r.best!.units.find((u) => u.unit === 'A')!.fills).toEqual([]);
  });

  it('places a unit only in the terms its offering names, when the calendar has labels', () => {
    const catalog = parseCatalog(catalogOf([course('A', 100, { offering: { cost: { amount: 100, currency: 'USD' }, duration: 'P15W', terms: ['fall'] } })], { id: 'root', unit: 'A' }));
    const r = plan(catalog, empty, 'DEG', { asOf: AS_OF, calendar: { labels: ['spring', 'summer', 'fall'] } });
    expect(r.best!.units[0]).toMatchObject({ unit: 'A', term: 2, starts: '2025-09-06' });
    expect(r.best!.terms.map((t) => t.label)).toEqual(['spring', 'summer', 'fall']);
  });

  it('honours a budget, a latest day, and units, providers or modes to avoid', () => {
    const units = [course('A', 100), course('B', 200, { provider: 'mooc' }), course('C', 300, { offering: { cost: { amount: 300, currency: 'USD' }, duration: 'P15W', mode: 'on-campus' } })];
    const catalog = parseCatalog(catalogOf(units, { id: 'root', select: { subjects: ['cs'] }, min: { count: 2 } }));
    expect(plan(catalog, empty, 'DEG', { asOf: AS_OF }).best!.units.map((u) => u.unit)).toEqual(['A', 'B']);
    expect(plan(catalog, empty, 'DEG', { asOf: AS_OF, avoid: { providers: ['mooc'] } }).best!.units.map((u) => u.unit).sort()).toEqual(['A', 'C']);
    expect(plan(catalog, empty, 'DEG', { asOf: AS_OF, avoid: { units: ['A'], modes: ['on-campus'] } }).status).toBe('infeasible');
    expect(plan(catalog, empty, 'DEG', { asOf: AS_OF, budget: 250 }).status).toBe('infeasible');
    expect(plan(catalog, empty, 'DEG', { asOf: AS_OF, budget: 300 }).best!.totals.cost).toBe(300);
    // Two 15-week courses in the same term end 2025-04-20; a day earlier is too late.
    expect(plan(catalog, empty, 'DEG', { asOf: AS_OF, latest: '2025-04-20' }).status).toBe('planned');
    expect(plan(catalog, empty, 'DEG', { asOf: AS_OF, latest: '2025-04-19' }).status).toBe('infeasible');
  });

  it('with the time objective, takes the shorter course even when it costs more', () => {
    const units = [course('A', 100, { offering: { cost: { amount: 100, currency: 'USD' }, duration: 'P30W' } }), course('B', 900, { offering: { cost: { amount: 900, currency: 'USD' }, duration: 'P6W' } })];
    const catalog = parseCatalog(catalogOf(units, { id: 'root', select: { subjects: ['cs'] }, min: { count: 1 } }));
    expect(plan(catalog, empty, 'DEG', { asOf: AS_OF }).best!.units.map((u) => u.unit)).toEqual(['A']);
    const fast = plan(catalog, empty, 'DEG', { asOf: AS_OF, objective: 'time' });
    expect(fast.best!.units.map((u) => u.unit)).toEqual(['B']);
    expect(fast.best!.totals.days).toBe(41);
    // The front: the cheap slow plan and the dear fast one, neither beaten on both.
    expect(fast.front.map((f) => [f.totals.cost, f.totals.days])).toEqual([[100, 209], [900, 41]]);
  });

  it('converts prices with the rates given, and leaves out (with a note) units priced in a currency without one', () => {
    const units = [course('A', 500), course('B', 100, { offering: { cost: { amount: 100, currency: 'EUR' }, duration: 'P15W' } })];
    const catalog = parseCatalog(catalogOf(units, { id: 'root', select: { subjects: ['cs'] }, min: { count: 1 } }));
    const without = plan(catalog, empty, 'DEG', { asOf: AS_OF, currency: 'USD' });
    expect(without.best!.units.map((u) => u.unit)).toEqual(['A']);
    expect(without.notes).toContainEqual(expect.objectContaining({ code: 'no_rate', unit: 'B' }));
    const withRate = plan(catalog, empty, 'DEG', { asOf: AS_OF, currency: 'USD', rates: { EUR: 1.1 } });
    expect(withRate.best!.units.map((u) => u.unit)).toEqual(['B']);
    expect(withRate.best!.totals.cost).toBeCloseTo(110);
  });

  it('charges a source once when a recognition turns it into units for two requirements', () => {
    const unit = (id: string, tag: string, cost?: number, extra: Partial<Unit> = {}): Unit =>
      ({ id, kind: 'course', title: id, provider: 'uni', credits: { value: 4, system: 'ects' }, tags: [tag], ...(cost !== undefined && { offering: { cost: { amount: cost, currency: 'EUR' } } }), ...extra }) as Unit;
    const catalog = parseCatalog({
      organisations: [{ id: 'uni', name: 'A University', kind: 'university' }, { id: 'mooc', name: 'A MOOC platform', kind: 'platform' }],
      units: [
        unit('M', 'm', 23, { provider: 'mooc' }),
        unit('L1', 'a'),
        unit('L2', 'b'),
        unit('X', 'a', 40),
        unit('Y', 'b', 40),
        unit('X2', 'a', 41, { subjects: ['s2'] }),
        unit('Y2', 'b', 41, { subjects: ['s2'] }),
        unit('Q', 'q', 20),
        unit('Z1', 'c', 1, { prerequisites: { unit: 'Q' } }),
        unit('Z2', 'c', 2),
        { id: 'DEG', kind: 'degree', title: 'Degree', provider: 'uni', policies: { creditSystem: 'ects' }, requirements: { id: 'root', all: [{ id: 'A', select: { tags: { any: ['a'] } } }, { id: 'B', select: { tags: { any: ['b'] } } }, { id: 'C', select: { tags: { any: ['c'] } } }] } } as Unit,
      ],
      recognitions: [{ id: 'r-m', institution: 'uni', from: { ids: ['M'] }, grants: { units: ['L1', 'L2'] } }],
    });
    const r = plan(catalog, empty, 'DEG', { asOf: AS_OF, alternatives: 0, front: false });
    // M (23) meets A and B through its recognition, Z2 (2) meets C: 25. Summing M's charge for A and B (46) hid it behind M, Q and Z1 (44).
    expect(r.optimal).toBe(true);
    expect(r.best!.units.map((u) => u.unit).sort()).toEqual(['M', 'Z2']);
    expect(r.best!.totals.cost).toBe(25);
  });

  it('settles, exactly and inside its budget, a program where one unit is named twice and cheap units fill another leaf', () => {
    // A is core and one of the alternatives of "pick": a plan needs A and B. Thirty cheap,
    // distinct fillers meet "free"; adding them one by one never repairs "pick".
    const fillers = Array.from({ length: 30 }, (_, i) => course(`F${String(i).padStart(2, '0')}`, 1, { subjects: ['other'], tags: [`t${i}`] }));
    const requirements = { id: 'root', all: [{ id: 'core', unit: 'A' }, { id: 'pick', atLeast: 1, of: [{ id: 'pa', unit: 'A' }, { id: 'pb', unit: 'B' }] }, { id: 'free', select: { subjects: ['other'] }, min: { count: 1 } }] };
    const r = plan(parseCatalog(catalogOf([course('A', 100), course('B', 100), ...fillers], requirements as Unit['requirements'])), empty, 'DEG', { asOf: AS_OF, alternatives: 0, front: false });
    expect(r.optimal).toBe(true);
    expect(r.best!.units.map((u) => u.unit)).toEqual(['A', 'B', 'F00']);
  });

  it('dates planned units from the start when no as-of day is given, so date rules still read them', () => {
    const requirements = { id: 'root', select: { subjects: ['cs'] }, min: { count: 1 }, earnedBetween: { from: '2024-01-01', until: '2030-12-31' } };
    const catalog = parseCatalog(catalogOf([course('A', 100)], requirements as Unit['requirements']));
    const r = plan(catalog, empty, 'DEG', { start: AS_OF });
    expect(r.status).toBe('planned');
    expect(r.best!.units.map((u) => u.unit)).toEqual(['A']);
  });

  it("sums costs, without a currency given, in the one the program's own institution prices its units in", () => {
    const eur = (id: string, amount: number, provider: string): Unit => course(id, amount, { provider, offering: { cost: { amount, currency: 'EUR' }, duration: 'P15W' } });
    // Most candidates are priced in euros by the platform; the university prices in dollars.
    const units = [course('A', 500), eur('B', 100, 'mooc'), eur('C', 100, 'mooc'), eur('D', 100, 'mooc')];
    const catalog = parseCatalog(catalogOf(units, { id: 'root', select: { subjects: ['cs'] }, min: { count: 1 } }));
    const r = plan(catalog, empty, 'DEG', { asOf: AS_OF });
    expect(r.currency).toBe('USD');
    expect(r.best!.units.map((u) => u.unit)).toEqual(['A']);
    expect(r.notes.filter((n) => n.code === 'no_rate').map((n) => n.unit)).toEqual(['B', 'C', 'D']);
  });

  it('refuses a term that lasts no time, rather than scheduling forever', () => {
    const catalog = parseCatalog(catalogOf([course('A', 100)], { id: 'root', unit: 'A' }));
    const r = safePlan(catalog, empty, 'DEG', { asOf: AS_OF, calendar: { termLength: 'P0D' } });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]!.path).toEqual(['options', 'calendar', 'termLength']);
  });

  it('finds a plan by another route as an alternative: a micro-credential and its recognition, or local courses', () => {
    const catalog = routesCatalog();
    const r = plan(catalog, empty, 'DEG', { asOf: AS_OF });
    expect(r.best!.units.map((u) => u.unit)).toEqual(['M1', 'M2']);
    expect(r.best!.route).toEqual(['MC', 'r-mc']);
    expect(r.best!.units[0]!.via).toEqual(['MC', 'r-mc']);
    expect(r.alternatives).toHaveLength(1);
    expect(r.alternatives[0]!.units.map((u) => u.unit)).toEqual(['L1', 'L2']);
    expect(r.alternatives[0]!.route).toEqual([]);
  });

  it("plans the MIT SCM blended master's from nothing: the five courses and the exam, then the residence", () => {
    const catalog = parseCatalog(loadExampleData('scm-catalog.yaml'));
    const r = plan(catalog, empty, 'mit-scmb', { asOf: '2024-06-30' });
    expect(r.status).toBe('planned');
    expect(r.best!.units.map((u) => u.unit).sort()).toEqual(['SC0x', 'SC1x', 'SC2x', 'SC3x', 'SC4x', 'SCMx-CFx', 'mit-scm-residence']);
    // $150 a course and $600 the exam, and the example's illustrative $40,000 for the semester in residence.
    expect(r.best!.totals).toMatchObject({ cost: 41_350, costUnknown: [] });
    // The residence waits for the MicroMasters (its prerequisite): every part ends before it starts.
    const residence = r.best!.units.find((u) => u.unit === 'mit-scm-residence')!;
    for (const u of r.best!.units) if (u !== residence) expect(u.ends < residence.starts).toBe(true);
    expect(r.best!.route).toEqual(['mit-scmb-pathway', 'mitx-scm-micromasters']);
  });

  it('takes no unit the plan does not need, even one that costs nothing in the objective', () => {
    const catalog = parseCatalog(loadExampleData('scm-catalog.yaml'));
    // Fastest: the residential year alone; the MicroMasters courses would not delay it, but fill nothing.
    const r = plan(catalog, empty, 'mit-scm', { asOf: '2025-01-06', objective: 'time', alternatives: 0, front: false });
    expect(r.best!.units.map((u) => u.unit)).toEqual(['mit-scm-residential-year']);
    expect(r.best!.units.every((u) => u.fills.length > 0)).toBe(true);
  });

  it('does not change what it is given', () => {
    const doc = deepFreeze(catalogOf([course('A', 100)], { id: 'root', unit: 'A' }));
    const record = deepFreeze({ achievements: [] });
    const options = deepFreeze({ asOf: AS_OF, avoid: { units: ['X'] }, calendar: { labels: ['a', 'b'] } });
    expect(() => plan(parseCatalog(doc), record, 'DEG', options)).not.toThrow();
  });

  it('reports bad input as issues with paths, and plan throws them', () => {
    const catalog = parseCatalog(catalogOf([course('A', 100)], { id: 'root', unit: 'A' }));
    const noDate = safePlan(catalog, empty, 'DEG', {});
    expect(noDate.success).toBe(false);
    if (!noDate.success) expect(noDate.issues[0]).toMatchObject({ code: 'invalid_option', path: ['options', 'start'] });
    const badObjective = safePlan(catalog, empty, 'DEG', { asOf: AS_OF, objective: 'cheap' as never });
    expect(!badObjective.success && badObjective.issues[0]!.path).toEqual(['options', 'objective']);
    const backwards = safePlan(catalog, empty, 'DEG', { asOf: AS_OF, latest: '2024-01-01' });
    expect(!backwards.success && backwards.issues[0]).toMatchObject({ code: 'invalid_range', path: ['options', 'latest'] });
    const unknown = safePlan(catalog, empty, 'NOPE', { asOf: AS_OF });
    expect(!unknown.success && unknown.issues[0]).toMatchObject({ code: 'unknown_reference', path: ['program'] });
    const badRecord = safePlan(catalog, { achievements: [{ id: 'x' }], extra: 1 }, 'DEG', { asOf: AS_OF });
    expect(!badRecord.success && badRecord.issues[0]!.path[0]).toBe('record');
    expect(safePlan(null as never, empty, 'DEG').success).toBe(false);
    expect(() => plan(catalog, empty, 'DEG', {})).toThrow(CredstackError);
  });

  it('reports a step budget that ran out as not optimal', () => {
    const units = Array.from({ length: 12 }, (_, i) => course(`C${String(i).padStart(2, '0')}`, 100 + i * 7, { subjects: [i % 2 ? 'cs' : 'math'] }));
    const catalog = parseCatalog(catalogOf(units, { id: 'root', all: [{ select: { subjects: ['cs'] }, min: { credits: 12 } }, { select: { subjects: ['math'] }, min: { credits: 12 } }] }));
    const tight = plan(catalog, empty, 'DEG', { asOf: AS_OF, stepBudget: 2 });
    expect(tight.optimal).toBe(false);
    expect(tight.steps).toBeLessThanOrEqual(2);
    const full = plan(catalog, empty, 'DEG', { asOf: AS_OF });
    expect(full.optimal).toBe(true);
    expect(full.best!.totals.cost).toBe(100 + 107 + 114 + 121 + 128 + 135);
  });
});
