import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCatalog } from '../../src/catalog/parseCatalog.js';
import { audit } from '../../src/audit/audit.js';
import { plan } from '../../src/plan/plan.js';
import { propertyRuns } from '../_helpers/propertyRuns.js';
import type { CatalogDocument } from '../../src/model/catalogDocument.js';
import type { Requirement } from '../../src/model/requirement.js';
import type { Unit } from '../../src/model/unit.js';

const AS_OF = '2025-01-06';

/** Many courses (more than the search could try every set of), each with a tag of its own so that none are twins. */
function courses(n: number, provider: string, subject: (i: number) => string): Unit[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `${provider}-${String(i).padStart(3, '0')}`,
    kind: 'course',
    title: `Course ${i}`,
    provider,
    credits: { value: 3, system: 'us-semester' },
    subjects: [subject(i)],
    tags: [`t${i}`],
    offering: { cost: { amount: 100 + i, currency: 'USD' }, duration: 'P15W' },
  }) as Unit);
}

function catalogOf(units: Unit[], requirements: Requirement): CatalogDocument {
  return {
    organisations: [{ id: 'uni', name: 'A University', kind: 'university' }, { id: 'mooc', name: 'A MOOC platform', kind: 'platform' }],
    units: [...units, { id: 'DEG', kind: 'degree', title: 'Degree', provider: 'uni', policies: { creditSystem: 'us-semester' }, requirements } as Unit],
  };
}

describe('evaluateBound', () => {
  it('proves at once that two units of different providers cannot be found when every unit a leaf takes is of one provider (maxPer)', () => {
    const units = [...courses(80, 'mooc', () => 'cs'), ...courses(3, 'uni', () => 'math')];
    const requirements: Requirement = {
      id: 'root',
      all: [
        { id: 'online', select: { providers: ['mooc'] }, min: { count: 2 }, maxPer: { by: 'provider', count: 1 } },
        { id: 'core', select: { subjects: ['math'] }, min: { count: 2 } },
      ],
    };
    const r = plan(parseCatalog(catalogOf(units, requirements)), { achievements: [] }, 'DEG', { asOf: AS_OF, alternatives: 0, front: false });
    expect(r.status).toBe('infeasible');
    expect(r.optimal).toBe(true);
    expect(r.unmet).toEqual(['online']);
    expect(r.steps).toBe(0);
  });

  it('proves at once that three distinct subjects cannot be found among units of two (minDistinct)', () => {
    const units = courses(80, 'uni', (i) => (i % 2 ? 'cs' : 'math'));
    const requirements: Requirement = { id: 'root', all: [{ id: 'breadth', select: { providers: ['uni'] }, min: { count: 3 }, minDistinct: { by: 'subject', count: 3 } }] };
    const r = plan(parseCatalog(catalogOf(units, requirements)), { achievements: [] }, 'DEG', { asOf: AS_OF, alternatives: 0, front: false });
    expect(r.status).toBe('infeasible');
    expect(r.optimal).toBe(true);
    expect(r.unmet).toEqual(['breadth']);
  });

  it('still plans, at the least cost, a leaf whose cap per key and distinct keys can be met', () => {
    const units = [...courses(40, 'mooc', (i) => (i % 3 === 0 ? 'cs' : 'math')), ...courses(40, 'uni', () => 'cs')];
    const requirements: Requirement = {
      id: 'root',
      all: [{ id: 'mix', select: {}, min: { count: 3 }, maxPer: { by: 'provider', count: 2 }, minDistinct: { by: 'subject', count: 2 } }],
    };
    const r = plan(parseCatalog(catalogOf(units, requirements)), { achievements: [] }, 'DEG', { asOf: AS_OF, alternatives: 0, front: false });
    expect(r.status).toBe('planned');
    expect(r.optimal).toBe(true);
    // Two from the platform (100 cs, 101 math), and the cheapest of the university's (100).
    expect(r.best!.totals.cost).toBe(301);
  });

  it('never bounds above the cheapest plan: with caps per key and distinct keys, the plan costs what the cheapest set of units does (against every subset)', { timeout: 120_000 }, () => {
    const unitArb = fc.record({ provider: fc.constantFrom('uni', 'mooc'), subject: fc.constantFrom('x', 'y', 'z'), cost: fc.integer({ min: 1, max: 9 }).map((c) => c * 10) });
    const leafArb = fc.record({
      count: fc.integer({ min: 1, max: 3 }),
      per: fc.option(fc.record({ by: fc.constantFrom('provider' as const, 'subject' as const), count: fc.integer({ min: 1, max: 2 }) }), { nil: undefined }),
      distinct: fc.option(fc.record({ by: fc.constantFrom('provider' as const, 'subject' as const), count: fc.integer({ min: 1, max: 3 }) }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(unitArb, { minLength: 3, maxLength: 7 }), fc.array(leafArb, { minLength: 1, maxLength: 2 }), (drawn, leaves) => {
        const units = drawn.map((u, i) => ({ id: `U${i}`, kind: 'course', title: `U${i}`, provider: u.provider, credits: { value: 3, system: 'us-semester' }, subjects: [u.subject], tags: [`t${i}`], offering: { cost: { amount: u.cost, currency: 'USD' }, duration: 'P15W' } }) as Unit);
        const requirements: Requirement = {
          id: 'root',
          all: leaves.map((l, k) => ({ id: `l${k}`, select: { kinds: ['course'] }, min: { count: l.count }, ...(l.per && { maxPer: l.per }), ...(l.distinct && { minDistinct: l.distinct }) }) as Requirement),
        };
        const catalog = parseCatalog(catalogOf(units, requirements));
        const r = plan(catalog, { achievements: [] }, 'DEG', { asOf: AS_OF, alternatives: 0, front: false });
        let cheapest: number | undefined;
        for (let mask = 1; mask < 1 << units.length; mask++) {
          const set = units.filter((_, i) => mask & (1 << i));
          const cost = set.reduce((s, u) => s + u.offering!.cost!.amount, 0);
          if (cheapest !== undefined && cost >= cheapest) continue;
          const record = { achievements: set.map((u) => ({ id: `p-${u.id}`, unit: u.id, status: 'planned', verified: true, earnedOn: AS_OF }) as never) };
          if (audit(catalog, record, 'DEG', { asOf: AS_OF, include: ['planned'] }).satisfied) cheapest = cost;
        }
        expect(r.optimal).toBe(true);
        if (cheapest === undefined) expect(r.status).toBe('infeasible');
        else expect(r.best?.totals.cost).toBe(cheapest);
      }),
      { numRuns: propertyRuns(60) },
    );
  });
});
