import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCatalog } from '../../src/catalog/parseCatalog.js';
import { audit } from '../../src/audit/audit.js';
import { plan } from '../../src/plan/plan.js';
import { rank } from '../../src/rank/rank.js';
import { compileCatalog } from '../../src/rank/compileCatalog.js';
import { planCaseArbitrary } from '../_helpers/planArbitraries.js';
import { propertyRuns } from '../_helpers/propertyRuns.js';

const AS_OF = '2024-06-30';

describe('rank: laws', () => {
  it('agrees with auditing and planning each program one by one, in the documented order', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(planCaseArbitrary(3), (c) => {
        const catalog = parseCatalog(c.catalog);
        const ranked = rank(compileCatalog(catalog), c.record, { asOf: AS_OF });
        expect(ranked.programs.map((p) => p.program.id).sort()).toEqual(['DEG', 'DEG2', 'DEG3']);
        for (const p of ranked.programs) {
          const alone = audit(catalog, c.record, p.program.id, { asOf: AS_OF });
          expect(p.audit).toEqual(alone);
          expect(p.satisfied).toBe(alone.satisfied);
          const planned = plan(catalog, c.record, p.program.id, { asOf: AS_OF, stepBudget: 2_000, alternatives: 0, front: false });
          expect(p.plan?.status).toBe(planned.status);
          expect(p.plan?.cost).toBe(planned.best?.totals.cost);
        }
        // Closest first: met programs, then by the cost of the plan, then by the share met.
        for (let k = 1; k < ranked.programs.length; k++) {
          const a = ranked.programs[k - 1]!;
          const b = ranked.programs[k]!;
          const tier = (p: typeof a): number => (p.satisfied ? 0 : p.plan?.cost !== undefined ? 1 : 2);
          expect(tier(a)).toBeLessThanOrEqual(tier(b));
          if (tier(a) === tier(b) && tier(a) === 1) expect(a.plan!.cost!).toBeLessThanOrEqual(b.plan!.cost!);
        }
      }),
      { numRuns: propertyRuns(25) },
    );
  });
});
