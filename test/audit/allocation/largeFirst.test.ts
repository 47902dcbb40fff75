import { describe, expect, it } from 'vitest';
import type { AllocItem, AllocNode, AllocationProblem } from '../../../src/audit/allocation/AllocationProblem.js';
import { largeFirstOrder, orderFree, permuteItems } from '../../../src/audit/allocation/largeFirst.js';
import { solveAllocation } from '../../../src/audit/allocation/solveAllocation.js';
import { exhaustiveAllocation } from '../../_helpers/exhaustiveAllocation.js';

const leaf = (min: AllocNode['min'], eligible: number[], extra: Partial<AllocNode> = {}): AllocNode => ({ kind: 'leaf', children: [], need: 0, min, eligible, ...extra });
const item = (credits: number, conflicts: number[] = []): AllocItem => ({ credits, recognized: false, conflicts });

/**
 * A drawn program of issue 10 (found at PROPERTY_SCALE=5): eleven
 * achievements of 34 credits, every one eligible at eight leaves, under an
 * `any` wanting 10 credits and an `all` of four leaves wanting 4, 4 and 8,
 * below a root wanting 20. In this order of its achievements the search by
 * index ran out of the default budget (1,000,000) without settling it.
 */
function drawnProgram(): AllocationProblem {
  const items = [5, 3, 2, 1, 1, 6, 3, 5, 6, 1, 1].map((c) => item(c));
  const all = items.map((_, i) => i);
  return {
    items,
    nodes: [
      { kind: 'all', children: [1, 2], need: 2, min: { credits: 20 }, eligible: [] },
      { kind: 'any', children: [3, 4, 5, 6], need: 1, min: { credits: 10 }, eligible: [] },
      { kind: 'all', children: [7, 8, 9, 10], need: 4, min: {}, eligible: [] },
      leaf({}, all),
      leaf({}, all),
      leaf({ credits: 1 }, all),
      leaf({ credits: 2 }, all),
      leaf({ credits: 4 }, all),
      leaf({ credits: 4 }, all),
      leaf({ credits: 8 }, all),
      leaf({}, all),
    ],
  };
}

describe('the search of the best score, largest achievements first', () => {
  it('settles a drawn program well inside the default budget, with the score of its other order', () => {
    const p = drawnProgram();
    const r = solveAllocation(p);
    expect(r.optimal).toBe(true);
    expect(r.work).toBeLessThan(100_000);
    // Exhaustive search (9^11 assignments) does not finish; the achievements in the other order settle quickly either way.
    const back = solveAllocation({ items: [...p.items].reverse(), nodes: p.nodes.map((n) => ({ ...n, eligible: n.eligible.map((i) => p.items.length - 1 - i).sort((a, b) => a - b) })) });
    expect(back.optimal).toBe(true);
    expect(r.evaluation.score).toEqual(back.evaluation.score);
  });

  it('gives the exhaustive search\'s score and the tie-break\'s very assignment on a program small enough to enumerate', () => {
    const all = [0, 1, 2, 3, 4];
    const p: AllocationProblem = {
      items: [1, 2, 6, 3, 5].map((c) => item(c)),
      nodes: [{ kind: 'all', children: [1, 2, 3], need: 3, min: { credits: 12 }, eligible: [] }, leaf({ credits: 3 }, all), leaf({ credits: 6 }, all), leaf({}, all)],
    };
    expect(largeFirstOrder(p)).toBeDefined();
    const r = solveAllocation(p);
    const oracle = exhaustiveAllocation(p);
    expect(r.optimal).toBe(true);
    expect(r.evaluation.score).toEqual(oracle.evaluation.score);
    expect(r.assignment).toEqual(oracle.assignment);
  });

  it('is used only where no test reads the achievements in order', () => {
    const p = drawnProgram();
    expect(orderFree(p)).toBe(true);
    expect(largeFirstOrder(p)).toEqual([5, 8, 0, 7, 1, 6, 2, 3, 4, 9, 10]);
    const capped = { ...p, nodes: p.nodes.map((n, x) => (x === 3 ? { ...n, max: { credits: 6 } } : n)) };
    expect(orderFree(capped)).toBe(false);
    expect(largeFirstOrder(capped)).toBeUndefined();
    expect(orderFree({ ...p, policies: { maxRecognized: { credits: 3 } } })).toBe(false);
    // Already largest first: nothing to rename.
    expect(largeFirstOrder({ ...p, items: [...p.items].sort((a, b) => b.credits - a.credits) })).toBeUndefined();
  });

  it('renames conflicts, eligibility and transfer limits with the achievements', () => {
    const p: AllocationProblem = {
      items: [item(1, [2]), item(3), item(2, [0])],
      nodes: [leaf({ count: 1 }, [0, 2])],
      groups: [{ items: [1, 2], maxCount: 1 }],
    };
    const q = permuteItems(p, [1, 2, 0]);
    expect(q.items.map((i) => i.credits)).toEqual([3, 2, 1]);
    expect(q.items.map((i) => i.conflicts)).toEqual([[], [2], [1]]);
    expect(q.nodes[0]!.eligible).toEqual([1, 2]);
    expect(q.groups![0]!.items).toEqual([0, 1]);
  });
});
