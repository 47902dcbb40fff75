import { describe, expect, it } from 'vitest';
import type { AllocItem, AllocNode, AllocationProblem } from '../../../src/audit/allocation/AllocationProblem.js';
import { essentialItems, narrowedProblem } from '../../../src/audit/allocation/essentialItems.js';
import { solverContext } from '../../../src/audit/allocation/solverContext.js';
import { solveAllocation } from '../../../src/audit/allocation/solveAllocation.js';
import { exhaustiveAllocation } from '../../_helpers/exhaustiveAllocation.js';
import { coreAndChoice } from '../../_helpers/allocationBuilders.js';

const unit = (...eligible: number[]): AllocNode => ({ kind: 'leaf', children: [], need: 0, min: { count: 1 }, eligible });
const item = (credits: number, conflicts: number[] = []): AllocItem => ({ credits, recognized: false, conflicts });

/**
 * A core of two units (items 0 and 1) and a pathway met by a
 * micro-credential (item 2, stacked from the two core units, so in conflict
 * with both) or by the two core units and a third (item 3). Whatever meets
 * the core rules the micro-credential out, and leaves the pathway's other
 * route short of the core units: the program cannot be met.
 *
 * Nodes: 0 root (all of 1, 4); 1 core (all of 2, 3); 2, 3 units 0 and 1;
 * 4 pathway (any of 5, 6); 5 the micro-credential; 6 all of 7, 8, 9.
 */
function pathwayThroughTheCore(): AllocationProblem {
  return coreAndChoice([item(5, [2]), item(5, [2]), item(10, [0, 1]), item(5)], [0, 1], 2, [0, 1, 3]);
}

describe('essential items', () => {
  it('are the items a leaf that always counts needs all of, and rule out what conflicts with them', () => {
    const found = essentialItems(solverContext(pathwayThroughTheCore()));
    expect(Array.from(found!.home)).toEqual([2, 3, -1, -1]);
    expect(Array.from(found!.out)).toEqual([0, 0, 1, 0]);
    const narrowed = narrowedProblem(solverContext(pathwayThroughTheCore()))!;
    expect(narrowed.items.map((i) => i.pinned)).toEqual([2, 3, undefined, undefined]);
    expect(narrowed.nodes[5]!.eligible).toEqual([]);
  });

  it('leave a core course where it must go, so that a rule naming it again is seen to fail at the first step', () => {
    // Core: units 0 and 1; methods: unit 0 alone, or units 1 and 2 together (item 2 free).
    const p = coreAndChoice([item(5), item(5), item(5)], [0, 1], 0, [1, 2]);
    const outcome = solveAllocation(p, { satisfyOnly: true });
    expect(outcome).toMatchObject({ optimal: true, steps: 0 });
    expect(outcome.evaluation.score.programSatisfied).toBe(false);
    expect(exhaustiveAllocation(p).evaluation.score.programSatisfied).toBe(false);
  });

  it('let the satisfiability check prove at once that a composite made of core units cannot also fill another rule', () => {
    const p = pathwayThroughTheCore();
    const outcome = solveAllocation(p, { satisfyOnly: true });
    expect(outcome).toMatchObject({ optimal: true, steps: 0 });
    expect(outcome.evaluation.score.programSatisfied).toBe(false);
    expect(exhaustiveAllocation(p).evaluation.score.programSatisfied).toBe(false);
  });

  it('say nothing can meet the root when two leaves that always count need the same item', () => {
    const p: AllocationProblem = { items: [item(3)], nodes: [{ kind: 'all', children: [1, 2], need: 2, min: {}, eligible: [] }, unit(0), unit(0)] };
    expect(essentialItems(solverContext(p))).toBeUndefined();
    expect(solveAllocation(p, { satisfyOnly: true })).toMatchObject({ optimal: true, steps: 0 });
  });

  it('constrain nothing where a leaf may choose among more items than it needs', () => {
    const p: AllocationProblem = { items: [item(3, [1]), item(3, [0])], nodes: [{ kind: 'all', children: [1], need: 1, min: {}, eligible: [] }, unit(0, 1)] };
    expect(narrowedProblem(solverContext(p))).toBe(p);
    expect(solveAllocation(p, { satisfyOnly: true }).evaluation.score.programSatisfied).toBe(true);
  });
});
