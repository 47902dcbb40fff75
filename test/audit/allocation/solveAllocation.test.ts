import fc from 'fast-check';
import { propertyRuns } from '../../_helpers/propertyRuns.js';
import { describe, expect, it } from 'vitest';
import type { AllocationProblem } from '../../../src/audit/allocation/AllocationProblem.js';
import { compareScores, isValidAssignment } from '../../../src/audit/allocation/evaluateAllocation.js';
import { problemShape } from '../../../src/audit/allocation/problemShape.js';
import { solveAllocation } from '../../../src/audit/allocation/solveAllocation.js';
import { allocationProblemArb, problemPlusItemArb, twoPoolProblem, typicalProblem } from '../../_helpers/allocationArbitraries.js';
import { documentedScore, exhaustiveAllocation } from '../../_helpers/exhaustiveAllocation.js';
import { stepCost } from '../../../src/audit/allocation/allocationSearch.js';
import { solverContext } from '../../../src/audit/allocation/solverContext.js';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('solveAllocation: examples', () => {
  it('beats greedy first-fit when an item fits two leaves', () => {
    // Item 0 fits A (node 1) and B (node 2); item 1 fits only A. First-fit puts 0 in A and leaves B empty.
    const p: AllocationProblem = {
      items: [{ credits: 3, recognized: false, conflicts: [] }, { credits: 3, recognized: false, conflicts: [] }],
      nodes: [
        { kind: 'all', children: [1, 2], need: 2, min: {}, eligible: [] },
        { kind: 'leaf', children: [], need: 0, min: {}, eligible: [0, 1] },
        { kind: 'leaf', children: [], need: 0, min: {}, eligible: [0] },
      ],
    };
    const r = solveAllocation(p);
    expect(r.assignment).toEqual([2, 1]);
    expect(r.evaluation.score).toEqual({ programSatisfied: true, rootSatisfied: true, satisfiedNodes: 3, progress: 2, consumed: 2 });
    expect(r.optimal).toBe(true);
  });

  it.each([20, 200])('solves two overlapping pools with %i electives exactly', (n) => {
    const r = solveAllocation(twoPoolProblem(n));
    expect(r.optimal).toBe(true);
    expect(r.evaluation.score).toEqual({ programSatisfied: true, rootSatisfied: true, satisfiedNodes: 7, progress: 10, consumed: 10 });
    // The earliest electives, pool A (node 5) first.
    expect(r.assignment.slice(0, 11)).toEqual([2, 3, 4, 5, 5, 5, 5, 6, 6, 6, -1]);
  });

  it('solves the typical audit exactly', () => {
    const p = typicalProblem();
    const r = solveAllocation(p);
    expect(r.optimal).toBe(true);
    // Breadth needs 2 of its 4 leaves: the other two are spare and take nothing (28 of 30 nodes count).
    expect(r.evaluation.score).toEqual({ programSatisfied: true, rootSatisfied: true, satisfiedNodes: 28, progress: 43, consumed: 33 });
    expect(isValidAssignment(p, r.assignment)).toBe(true);
  });

  it('chooses which items of a capped group to use, rather than the first ones', () => {
    // A transfer agreement allows two of items 0-2; item 2 alone fits leaf 2, so first-come (0 and 1) would fail it.
    const it3 = { credits: 3, recognized: false, conflicts: [] };
    const p: AllocationProblem = {
      items: [it3, it3, it3, { ...it3, credits: 4 }],
      nodes: [
        { kind: 'all', children: [1, 2], need: 2, min: {}, eligible: [] },
        { kind: 'leaf', children: [], need: 0, min: { count: 1 }, eligible: [0, 1, 3] },
        { kind: 'leaf', children: [], need: 0, min: {}, eligible: [2] },
      ],
      groups: [{ items: [0, 1, 2], maxCount: 2 }],
    };
    expect(solveAllocation(p).assignment).toEqual([1, -1, 2, -1]);
    const byCredits = { ...p, groups: [{ items: [0, 2, 3], maxCredits: 6 }], nodes: p.nodes.map((n, l) => (l === 1 ? { ...n, min: { credits: 6 } } : n)) };
    // Leaf 1 needs 6 credits: 0 + 1 (item 1 is outside the group), with item 2 at leaf 2: 3 + 3 = 6 credits of the group.
    const r = solveAllocation(byCredits);
    expect(r.assignment).toEqual([1, 1, 2, -1]);
    expect(r.evaluation.score.programSatisfied).toBe(true);
  });

  it('returns the best found, valid, with optimal false when the budget runs out', () => {
    const p = twoPoolProblem(20);
    const r = solveAllocation(p, { stepBudget: 2 });
    expect(r.optimal).toBe(false);
    expect(r.steps).toBeGreaterThan(0);
    expect(isValidAssignment(p, r.assignment)).toBe(true);
  });

  it('charges a step more of the budget on a larger problem', () => {
    const small = solveAllocation(twoPoolProblem(8));
    const large = solveAllocation(twoPoolProblem(200));
    // (7 + 11) nodes and items: 5 a step; (7 + 203): 53 a step.
    expect([small.work / small.steps, large.work / large.steps]).toEqual([5, 53]);
    expect(stepCost(solverContext(twoPoolProblem(200)))).toBe(53);
    // Leaves no item may take are not looked at, so they cost nothing.
    const p = twoPoolProblem(200);
    const empty = { ...p, nodes: [{ ...p.nodes[0]!, children: [...p.nodes[0]!.children, 7, 8] }, ...p.nodes.slice(1), ...[7, 8].map(() => ({ ...p.nodes[2]!, eligible: [] }))] };
    expect(stepCost(solverContext(empty))).toBe(53);
  });
});

describe('solveAllocation: laws', () => {
  it('L1: scores as well as exhaustive search', () => {
    fc.assert(
      fc.property(allocationProblemArb, (p) => {
        const r = solveAllocation(p);
        expect(r.optimal).toBe(true);
        const oracle = exhaustiveAllocation(p);
        expect(compareScores(r.evaluation.score, oracle.evaluation.score)).toBe(0);
        expect(r.evaluation.score).toEqual(documentedScore(p, r.evaluation));
        // The tie-break is exact too: the same assignment.
        expect(r.assignment).toEqual(oracle.assignment);
      }),
      { numRuns: propertyRuns(300) },
    );
  }, 60_000);

  it('satisfyOnly says whether the program can be satisfied, as exhaustive search does, with a valid assignment', () => {
    fc.assert(
      fc.property(allocationProblemArb, (p) => {
        const r = solveAllocation(p, { satisfyOnly: true });
        expect(r.optimal).toBe(true);
        const oracle = exhaustiveAllocation(p);
        expect(r.evaluation.score.programSatisfied).toBe(oracle.evaluation.score.programSatisfied);
        expect(isValidAssignment(p, r.assignment)).toBe(true);
      }),
      { numRuns: propertyRuns(300) },
    );
  }, 60_000);

  it('is deterministic, and works on deep-frozen input', () => {
    fc.assert(
      fc.property(allocationProblemArb, (p) => {
        const first = solveAllocation(p);
        const frozen = solveAllocation(deepFreeze(structuredClone(p)));
        expect(frozen.assignment).toEqual(first.assignment);
        expect(frozen.evaluation).toEqual(first.evaluation);
        expect(solveAllocation(p)).toEqual(first);
      }),
      { numRuns: propertyRuns(100) },
    );
  });

  it('returns a valid assignment that honours the pins', () => {
    fc.assert(
      fc.property(allocationProblemArb, (p) => {
        const r = solveAllocation(p);
        expect(isValidAssignment(p, r.assignment)).toBe(true);
        const { pin, usable } = problemShape(p);
        p.items.forEach((it, i) => {
          // A pin to a usable leaf, on an item in no conflict and no group, is always effective.
          const free = it.conflicts.length === 0 && !(p.groups ?? []).some((g) => g.items.includes(i));
          if (it.pinned !== undefined && usable[it.pinned] === true && free) expect(r.assignment[i]).toBe(it.pinned);
          if (pin[i]! >= 0) expect(r.assignment[i]).toBe(pin[i]);
        });
      }),
      { numRuns: propertyRuns(200) },
    );
  });

  it('L3: adding an item never lowers the optimal score nor un-satisfies the program', () => {
    fc.assert(
      fc.property(problemPlusItemArb, ({ problem, bigger }) => {
        const before = solveAllocation(problem).evaluation.score;
        const after = solveAllocation(bigger).evaluation.score;
        expect(compareScores(after, before)).toBeGreaterThanOrEqual(0);
        if (before.programSatisfied) expect(after.programSatisfied).toBe(true);
      }),
      { numRuns: propertyRuns(200) },
    );
  });
});
