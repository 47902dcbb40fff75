import fc from 'fast-check';
import { propertyRuns } from '../../_helpers/propertyRuns.js';
import { describe, expect, it } from 'vitest';
import type { AllocationProblem } from '../../../src/audit/allocation/AllocationProblem.js';
import { compareScores, evaluateAllocation } from '../../../src/audit/allocation/evaluateAllocation.js';
import { forcedItems } from '../../../src/audit/allocation/forcedItems.js';
import { problemShape } from '../../../src/audit/allocation/problemShape.js';
import { solverContext } from '../../../src/audit/allocation/solverContext.js';
import { allocationProblemArb, twoPoolProblem, typicalProblem } from '../../_helpers/allocationArbitraries.js';
import { exhaustiveAllocation } from '../../_helpers/exhaustiveAllocation.js';

function forced(p: AllocationProblem): number[] {
  const ctx = solverContext(p);
  return forcedItems(p, problemShape(p), ctx.cands, ctx.ancestors, ctx.counted);
}

describe('forcedItems', () => {
  it('forces the required courses of the typical audits, and nothing else', () => {
    expect(forced(twoPoolProblem(20)).slice(0, 4)).toEqual([2, 3, 4, -1]);
    const p = typicalProblem();
    const f = forced(p);
    // Core (2–13), math (15–18) and the capstone (27): leaves with one candidate each.
    const single = new Set([...Array.from({ length: 12 }, (_, k) => 2 + k), 15, 16, 17, 18, 27]);
    p.items.forEach((_, i) => {
      const ls = problemShape(p).allowed[i]!;
      expect(f[i]).toBe(ls.length === 1 && single.has(ls[0]!) ? ls[0] : -1);
    });
  });

  it('does not force an item that a grade test above its leaf could fail by', () => {
    const item = { credits: 3, recognized: false, conflicts: [], points: 1 };
    const p: AllocationProblem = {
      items: [item],
      nodes: [
        { kind: 'all', children: [1], need: 1, min: {}, eligible: [], minGpa: 2 },
        { kind: 'leaf', children: [], need: 0, min: {}, eligible: [0] },
      ],
    };
    expect(forced(p)).toEqual([-1]);
  });

  it('forces only what every optimum assigns there, and leaving it out always scores lower', () => {
    fc.assert(
      fc.property(allocationProblemArb, (p) => {
        const f = forced(p);
        if (f.every((l) => l < 0)) return;
        const best = exhaustiveAllocation(p).assignment;
        const score = evaluateAllocation(p, best).score;
        f.forEach((l, i) => {
          if (l < 0) return;
          expect(best[i]).toBe(l);
          const without = best.map((x, k) => (k === i ? -1 : x));
          expect(compareScores(score, evaluateAllocation(p, without).score)).toBeGreaterThan(0);
        });
      }),
      { numRuns: propertyRuns(600) },
    );
  }, 60_000);
});
