import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCatalog } from '../../src/catalog/parseCatalog.js';
import { audit } from '../../src/audit/audit.js';
import { plan } from '../../src/plan/plan.js';
import type { Catalog } from '../../src/catalog/Catalog.js';
import { planCaseArbitrary, type PlanCase } from '../_helpers/planArbitraries.js';
import { propertyRuns } from '../_helpers/propertyRuns.js';
import { schedulePlan } from '../../src/plan/schedulePlan.js';

const AS_OF = '2024-06-30';

/** The record with these units added as planned achievements, as an advisor would write it down by hand. */
function withPlanned(c: PlanCase, units: readonly string[]): PlanCase['record'] {
  return {
    achievements: [
      ...c.record.achievements,
      ...units.map((u) => ({ id: `p-${u}`, unit: u, status: 'planned', verified: true, earnedOn: AS_OF }) as never),
    ],
  };
}

/** Whether a set of units meets the program with every prerequisite (a `unit` prerequisite, the only kind drawn) held or in the set. */
function completes(catalog: Catalog, c: PlanCase, units: readonly string[]): boolean {
  const has = new Set([...c.record.achievements.map((a) => a.unit), ...units]);
  for (const u of units) {
    const pre = catalog.unit(u)?.prerequisites;
    if (pre && 'unit' in pre && !has.has(pre.unit)) return false;
  }
  return audit(catalog, withPlanned(c, units), c.program, { asOf: AS_OF, include: ['planned'] }).satisfied;
}

/** Every subset of the offered courses the record does not hold: the cheapest that completes the program, by brute force. */
function cheapest(catalog: Catalog, c: PlanCase): { cost: number; count: number } | undefined {
  const held = new Set(c.record.achievements.map((a) => a.unit));
  const offered = catalog.units.filter((u) => u.offering && !u.requirements && !held.has(u.id));
  let best: { cost: number; count: number } | undefined;
  for (let mask = 0; mask < 1 << offered.length; mask++) {
    const set = offered.filter((_, i) => mask & (1 << i));
    const cost = set.reduce((s, u) => s + (u.offering?.cost?.amount ?? 0), 0);
    if (best && cost > best.cost) continue;
    if (!completes(catalog, c, set.map((u) => u.id))) continue;
    if (!best || cost < best.cost || (cost === best.cost && set.length < best.count)) best = { cost, count: set.length };
  }
  return best;
}

describe('plan: laws', () => {
  it('the plan completes the program, and no cheaper set of offered units does (against every subset)', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(planCaseArbitrary(), (c) => {
        const catalog = parseCatalog(c.catalog);
        const result = plan(catalog, c.record, c.program, { asOf: AS_OF, alternatives: 0, front: false });
        expect(result.optimal).toBe(true);
        const oracle = cheapest(catalog, c);
        if (oracle === undefined) {
          expect(result.status).toBe('infeasible');
          return;
        }
        if (oracle.count === 0) {
          expect(result.status).toBe('complete');
          return;
        }
        expect(result.status).toBe('planned');
        const units = result.best!.units.map((u) => u.unit);
        expect(completes(catalog, c, units)).toBe(true);
        expect(result.best!.totals.cost).toBe(oracle.cost);
      }),
      { numRuns: propertyRuns(60) },
    );
  });

  it('with the count objective, no set of fewer units completes the program', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(planCaseArbitrary(), (c) => {
        const catalog = parseCatalog(c.catalog);
        const result = plan(catalog, c.record, c.program, { asOf: AS_OF, objective: 'count', alternatives: 0, front: false });
        if (result.status !== 'planned') return;
        const held = new Set(c.record.achievements.map((a) => a.unit));
        const offered = catalog.units.filter((u) => u.offering && !u.requirements && !held.has(u.id)).map((u) => u.id);
        const size = result.best!.units.length;
        for (let mask = 0; mask < 1 << offered.length; mask++) {
          const set = offered.filter((_, i) => mask & (1 << i));
          if (set.length < size) expect(completes(catalog, c, set)).toBe(false);
        }
      }),
      { numRuns: propertyRuns(30) },
    );
  });

  it('with the time objective, no set of offered units ends earlier under the same schedule rules', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(planCaseArbitrary(), (c) => {
        const catalog = parseCatalog(c.catalog);
        const result = plan(catalog, c.record, c.program, { asOf: AS_OF, objective: 'time', alternatives: 0, front: false });
        if (result.status !== 'planned') return;
        expect(result.optimal).toBe(true);
        const held = new Set(c.record.achievements.map((a) => a.unit));
        const offered = catalog.units.filter((u) => u.offering && !u.requirements && !held.has(u.id));
        const calendar = { start: AS_OF, termLength: 'P4M', perTerm: 4 };
        let fastest = Infinity;
        for (let mask = 0; mask < 1 << offered.length; mask++) {
          const set = offered.filter((_, i) => mask & (1 << i));
          if (!completes(catalog, c, set.map((u) => u.id))) continue;
          fastest = Math.min(fastest, schedulePlan(set, calendar, catalog)?.days ?? Infinity);
        }
        expect(result.best!.totals.days).toBe(fastest);
      }),
      { numRuns: propertyRuns(30) },
    );
  });
});
