/**
 * Issue 10's shape: leaves that take the same achievements, with credit
 * minimums on leaves and on inner nodes. The search must settle it exactly,
 * well inside the default budget, whatever the achievements are called.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AllocItem, AllocNode, AllocationProblem } from '../../../src/audit/allocation/AllocationProblem.js';
import { solveAllocation } from '../../../src/audit/allocation/solveAllocation.js';
import { compareScores } from '../../../src/audit/allocation/evaluateAllocation.js';
import { exhaustiveAllocation } from '../../_helpers/exhaustiveAllocation.js';
import { propertyRuns } from '../../_helpers/propertyRuns.js';
import { fullSizeArb, reversed } from '../../_helpers/heavyOverlapShapes.js';

/**
 * Items of the given credits, all eligible at five leaves of the given
 * credit minimums; the first `cut` leaves under one inner node, the rest
 * under another, both under an `all` root.
 */
function overlapTree(credits: readonly number[], mins: readonly number[], cut: number, first: Inner, second: Inner): AllocationProblem {
  const items: AllocItem[] = credits.map((c) => ({ credits: c, recognized: false, conflicts: [] }));
  const leaf = (min: number): AllocNode => ({ kind: 'leaf', children: [], need: 0, min: { credits: min }, eligible: items.map((_, i) => i) });
  const inner = ({ kind, min }: Inner, children: number[]): AllocNode => ({ kind, children, need: kind === 'all' ? children.length : 1, min: min === undefined ? {} : { credits: min }, eligible: [] });
  const a = Array.from({ length: cut }, (_, k) => 3 + k);
  const b = Array.from({ length: mins.length - cut }, (_, k) => 3 + cut + k);
  return { items, nodes: [inner({ kind: 'all' }, [1, 2]), inner(first, a), inner(second, b), ...mins.map(leaf)] };
}

interface Inner {
  readonly kind: 'all' | 'any';
  readonly min?: number | undefined;
}

/**
 * Issue 10's shape: up to 12 items of 1-6 credits and five leaves that all
 * take every item, with credit minimums on the leaves and (drawn) on the
 * inner node: `all: [ a: all [a1, a2] (min credits), b: any [b1, b2, b3] ]`.
 */
const heavyOverlapArb: fc.Arbitrary<AllocationProblem> = fc
  .record({
    credits: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 12 }),
    mins: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 5, maxLength: 5 }),
    innerMin: fc.option(fc.integer({ min: 6, max: 12 }), { nil: undefined }),
  })
  .map(({ credits, mins, innerMin }) => overlapTree(credits, mins, 2, { kind: 'all', min: innerMin }, { kind: 'any' }));

/**
 * Drawn shapes of 8 achievements under 5 such leaves (issue 10's count):
 * two inner nodes (`all` or `any`) splitting the leaves, drawn leaf and
 * inner credit minimums, often more than the credits can meet.
 */
const drawnShapeArb: fc.Arbitrary<AllocationProblem> = fc
  .record({
    credits: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 8 }),
    mins: fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 5, maxLength: 5 }),
    innerMin: fc.array(fc.option(fc.integer({ min: 4, max: 16 }), { nil: undefined }), { minLength: 2, maxLength: 2 }),
    firstAny: fc.boolean(),
    cut: fc.integer({ min: 1, max: 4 }),
  })
  .map(({ credits, mins, innerMin, firstAny, cut }) => overlapTree(credits, mins, cut, { kind: firstAny ? 'any' : 'all', min: innerMin[0] }, { kind: 'any', min: innerMin[1] }));

/** Exhaustive enumeration only where it is quick: (leaves + none) ^ items assignments. */
const enumerable = (p: AllocationProblem): boolean => (p.nodes.filter((n) => n.kind === 'leaf').length + 1) ** p.items.length <= 10_000;

describe('heavily overlapping leaves (issue 10)', () => {
  it('finish with optimal: true well inside the default budget, and agree with exhaustive search', () => {
    fc.assert(
      fc.property(heavyOverlapArb, (p) => {
        const r = solveAllocation(p);
        expect(r.optimal).toBe(true);
        // A quarter of the default budget at most.
        expect(r.work).toBeLessThan(250_000);
        if (enumerable(p)) {
          const oracle = exhaustiveAllocation(p);
          expect(compareScores(r.evaluation.score, oracle.evaluation.score)).toBe(0);
          expect(r.assignment).toEqual(oracle.assignment);
        }
      }),
      { numRuns: propertyRuns(200) },
    );
  }, 120_000);

  it('settle drawn shapes of 8 achievements under 5 leaves, met or not, well inside the default budget', () => {
    fc.assert(
      fc.property(drawnShapeArb, (p) => {
        const r = solveAllocation(p);
        expect(r.optimal).toBe(true);
        // Half the default budget at most (one drawn shape has been seen to use 28%).
        expect(r.work).toBeLessThan(500_000);
        if (enumerable(p)) expect(compareScores(r.evaluation.score, exhaustiveAllocation(p).evaluation.score)).toBe(0);
      }),
      { numRuns: propertyRuns(100) },
    );
  }, 120_000);

  it('scores the same whatever order the items come in (what they are called does not matter)', () => {
    fc.assert(
      fc.property(heavyOverlapArb, (p) => {
        // Reversing the tie-break order of the items (as renaming them would) changes no score.
        expect(compareScores(solveAllocation(reversed(p)).evaluation.score, solveAllocation(p).evaluation.score)).toBe(0);
      }),
      { numRuns: propertyRuns(100) },
    );
  });

  it('settle drawn shapes of up to 12 achievements under up to 8 leaves well inside the default budget, whatever the order of the items', () => {
    fc.assert(
      fc.property(fullSizeArb, (p) => {
        const r = solveAllocation(p);
        expect(r.optimal).toBe(true);
        // Half the default budget at most.
        expect(r.work).toBeLessThan(500_000);
        const back = solveAllocation(reversed(p));
        expect(back.optimal).toBe(true);
        expect(compareScores(back.evaluation.score, r.evaluation.score)).toBe(0);
        if (enumerable(p)) {
          const oracle = exhaustiveAllocation(p);
          expect(compareScores(r.evaluation.score, oracle.evaluation.score)).toBe(0);
          expect(r.assignment).toEqual(oracle.assignment);
        }
      }),
      { numRuns: propertyRuns(150) },
    );
  }, 300_000);
});

describe('a search cut short by its budget', () => {
  it('still returns the allocation a greedy descent finds, not the empty one', () => {
    // 40 items and inner minimums no allocation meets: the budget runs out
    // long before the search can prove what is best.
    const credits = Array.from({ length: 40 }, (_, i) => 1 + (i % 6));
    const problem = overlapTree(credits, [5, 4, 6, 3, 2], 2, { kind: 'all', min: 200 }, { kind: 'any', min: 200 });
    const r = solveAllocation(problem, { stepBudget: 20_000 });
    expect(r.optimal).toBe(false);
    // Every leaf can take any item: a greedy descent meets every leaf minimum.
    const assigned = r.assignment.filter((leaf) => leaf >= 0).length;
    expect(assigned).toBeGreaterThanOrEqual(5);
    expect(r.evaluation.score.satisfiedNodes).toBeGreaterThan(0);
  });
});
