import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AllocItem, AllocNode, AllocationProblem } from '../../../src/audit/allocation/AllocationProblem.js';
import { leafPredecessors } from '../../../src/audit/allocation/leafSymmetry.js';
import { problemShape } from '../../../src/audit/allocation/problemShape.js';
import { solveAllocation } from '../../../src/audit/allocation/solveAllocation.js';
import { compareScores } from '../../../src/audit/allocation/evaluateAllocation.js';
import { exhaustiveAllocation } from '../../_helpers/exhaustiveAllocation.js';
import { propertyRuns } from '../../_helpers/propertyRuns.js';

const item = (credits: number, extra: Partial<AllocItem> = {}): AllocItem => ({ credits, recognized: false, conflicts: [], ...extra });
const leaf = (eligible: number[], min: AllocNode['min'] = { credits: 3 }, extra: Partial<AllocNode> = {}): AllocNode => ({ kind: 'leaf', children: [], need: 0, min, eligible, ...extra });

/** Leaves 1-3 under an `all` root, each taking every item. */
function three(leaves: readonly AllocNode[], items: readonly AllocItem[] = [item(3), item(3), item(2)], policies?: AllocationProblem['policies']): AllocationProblem {
  return { items, nodes: [{ kind: 'all', children: [1, 2, 3], need: 3, min: {}, eligible: [] }, ...leaves], ...(policies && { policies }) };
}
const prevOf = (p: AllocationProblem): number[] => Array.from(leafPredecessors(p, problemShape(p)));

describe('leafPredecessors', () => {
  it('chains leaves alike in everything under one parent, in index order', () => {
    expect(prevOf(three([leaf([0, 1, 2]), leaf([0, 1, 2]), leaf([0, 1, 2])]))).toEqual([-1, -1, 1, 2]);
  });

  it('keeps apart leaves that differ in a minimum, a cap, the items they take, or a key order of their fields', () => {
    expect(prevOf(three([leaf([0, 1, 2]), leaf([0, 1, 2], { credits: 4 }), leaf([0, 1, 2], { credits: 3 }, { max: { count: 1 } })]))).toEqual([-1, -1, -1, -1]);
    expect(prevOf(three([leaf([0, 1, 2]), leaf([0, 1]), leaf([0, 1, 2])]))).toEqual([-1, -1, -1, 1]);
    // The same fields in another order are the same leaf.
    const a = leaf([0, 1, 2], { count: 2, credits: 3 });
    const b = leaf([0, 1, 2], { credits: 3, count: 2 });
    expect(prevOf(three([a, b, leaf([0])]))).toEqual([-1, -1, 1, -1]);
  });

  it('keeps apart leaves of different parents, a leaf with two parents, and a leaf an item is pinned to', () => {
    const nodes: AllocNode[] = [
      { kind: 'all', children: [1, 2], need: 2, min: {}, eligible: [] },
      { kind: 'any', children: [3], need: 1, min: {}, eligible: [] },
      { kind: 'any', children: [4, 3], need: 1, min: {}, eligible: [] },
      leaf([0, 1]),
      leaf([0, 1]),
    ];
    expect(prevOf({ items: [item(3), item(3)], nodes })).toEqual([-1, -1, -1, -1, -1]);
    expect(prevOf(three([leaf([0, 1, 2]), leaf([0, 1, 2]), leaf([0, 1, 2])], [item(3, { pinned: 2 }), item(3), item(2)]))).toEqual([-1, -1, -1, 1]);
  });

  it('finds none under the program cap on recognised credit, which is read across leaves in order', () => {
    expect(prevOf(three([leaf([0, 1, 2]), leaf([0, 1, 2]), leaf([0, 1, 2])], undefined, { maxRecognized: { credits: 3 } }))).toEqual([-1, -1, -1, -1]);
  });
});

/**
 * Up to 6 items under up to 5 leaves that take every item, the leaves'
 * minimums drawn from few values and some capped at two achievements (so
 * that many leaves are alike), split between two inner nodes that may have
 * credit minimums and, under `any`, claim only the child they need.
 */
const alikeLeavesArb: fc.Arbitrary<AllocationProblem> = fc
  .record({
    credits: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 6 }),
    mins: fc.array(fc.constantFrom<AllocNode['min']>({}, { credits: 3 }, { credits: 5 }, { count: 2 }), { minLength: 2, maxLength: 5 }),
    capped: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    claim: fc.boolean(),
    cut: fc.integer({ min: 0, max: 5 }),
    kinds: fc.tuple(fc.constantFrom('all' as const, 'any' as const), fc.constantFrom('all' as const, 'any' as const)),
    inner: fc.tuple(fc.option(fc.integer({ min: 2, max: 12 }), { nil: undefined }), fc.option(fc.integer({ min: 2, max: 12 }), { nil: undefined })),
  })
  .map(({ credits, mins, capped, claim, cut, kinds, inner }) => {
    const items = credits.map((c) => item(c));
    const all = items.map((_, i) => i);
    const k = Math.min(cut, mins.length);
    const first = mins.slice(0, k).map((_, j) => 3 + j);
    const second = mins.slice(k).map((_, j) => 3 + k + j);
    // An `any` may claim only the child it needs; a leaf may count at most two achievements.
    const group = (kind: 'all' | 'any', children: number[], min: number | undefined): AllocNode => ({ kind, children, need: kind === 'all' ? children.length : Math.min(1, children.length), min: min === undefined ? {} : { credits: min }, eligible: [], ...(claim && kind === 'any' && { claimNeeded: true }) });
    const nodes: AllocNode[] = [{ kind: 'all', children: [1, 2], need: 2, min: {}, eligible: [] }, group(kinds[0], first, inner[0]), group(kinds[1], second, inner[1]), ...mins.map((m, j) => leaf(all, m, capped[j] ? { max: { count: 2 } } : {}))];
    return { items, nodes };
  });

describe('searching alike leaves as one', () => {
  it('gives the exhaustive search\'s score and, by the tie-break, its very assignment', () => {
    fc.assert(
      fc.property(alikeLeavesArb, (p) => {
        const r = solveAllocation(p);
        const oracle = exhaustiveAllocation(p);
        expect(r.optimal).toBe(true);
        expect(compareScores(r.evaluation.score, oracle.evaluation.score)).toBe(0);
        expect(r.assignment).toEqual(oracle.assignment);
      }),
      { numRuns: propertyRuns(150) },
    );
  }, 120_000);
});
