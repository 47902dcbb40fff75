import { describe, expect, it } from 'vitest';
import type { AllocItem, AllocNode, AllocationProblem } from '../../../src/audit/allocation/AllocationProblem.js';
import { computeBound } from '../../../src/audit/allocation/bounds.js';
import { boundBuffers } from '../../../src/audit/allocation/leafBound.js';
import { searchState, solverContext } from '../../../src/audit/allocation/solverContext.js';
import { solveAllocation } from '../../../src/audit/allocation/solveAllocation.js';
import { compareScores } from '../../../src/audit/allocation/evaluateAllocation.js';

const leaf = (min: AllocNode['min'], eligible: number[]): AllocNode => ({ kind: 'leaf', children: [], need: 0, min, eligible });

/**
 * Nine achievements of 26 credits in all, under six leaves that take every
 * one: four credit minimums (4, 8, 6, 7: 25 credits) and two leaves of one
 * achievement each, below a root wanting 13 credits. Every minimum at once
 * needs 25 credits and two more achievements of at least a credit each:
 * 27 credits, one more than there is.
 */
function oneCreditShort(): AllocationProblem {
  const items: AllocItem[] = [6, 1, 2, 3, 4, 1, 1, 2, 6].map((credits) => ({ credits, recognized: false, conflicts: [] }));
  const all = items.map((_, i) => i);
  return {
    items,
    nodes: [
      { kind: 'all', children: [1], need: 1, min: { credits: 13 }, eligible: [] },
      { kind: 'all', children: [2, 3, 4, 5, 6, 7], need: 6, min: {}, eligible: [] },
      leaf({}, all),
      leaf({ credits: 4 }, all),
      leaf({ credits: 8 }, all),
      leaf({ credits: 6 }, all),
      leaf({ credits: 7 }, all),
      leaf({}, all),
    ],
  };
}

describe('the credit knapsack', () => {
  it('knows that a leaf needing one more achievement needs at least the smallest one\'s credits', () => {
    const p = oneCreditShort();
    const ctx = solverContext(p);
    const bound = computeBound(ctx, searchState(ctx), boundBuffers(p.nodes.length, p.items.length), 0).score;
    // Counting achievements as free, the bound saw every leaf met (8 nodes, the program satisfied).
    expect(bound.rootSatisfied).toBe(false);
    const r = solveAllocation(p);
    expect(r.optimal).toBe(true);
    expect(r.evaluation.score.satisfiedNodes).toBe(5);
    // The bound at the root is the best score itself, so the search settles at once.
    expect(compareScores(bound, r.evaluation.score)).toBe(0);
    expect(r.work).toBeLessThan(5_000);
  });
});
