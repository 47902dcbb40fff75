import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AllocItem, AllocNode, AllocationProblem } from '../../../src/audit/allocation/AllocationProblem.js';
import { computeBound } from '../../../src/audit/allocation/bounds.js';
import { boundBuffers } from '../../../src/audit/allocation/leafBound.js';
import { searchState, solverContext } from '../../../src/audit/allocation/solverContext.js';
import { solveAllocation } from '../../../src/audit/allocation/solveAllocation.js';
import { choiceNeed } from '../../../src/audit/allocation/choiceVertices.js';
import { problemShape } from '../../../src/audit/allocation/problemShape.js';
import { exhaustiveAllocation } from '../../_helpers/exhaustiveAllocation.js';
import { propertyRuns } from '../../_helpers/propertyRuns.js';
import { coreAndChoice } from '../../_helpers/allocationBuilders.js';

const item = (credits: number): AllocItem => ({ credits, recognized: false, conflicts: [] });

/**
 * A core of three units (items 0, 1, 2) and a "methods" rule met by unit 2
 * alone or by units 0 and 1 together: every achievement the methods rule
 * could take, the core takes. An achievement counts once, so the program
 * cannot be met (the shape of a published program whose alternatives are
 * also core courses).
 *
 * Nodes: 0 root (all of 1, 5); 1 core (all of 2, 3, 4); 2–4 unit leaves;
 * 5 methods (any of 6, 7); 6 unit 2; 7 all of 8, 9 (units 0 and 1).
 */
function coreAndMethods(extra: AllocItem[] = []): AllocationProblem {
  return coreAndChoice([item(5), item(5), item(5), ...extra], [0, 1, 2], 2, [0, 1]);
}

function rootBound(p: AllocationProblem) {
  const ctx = solverContext(p);
  return computeBound(ctx, searchState(ctx), boundBuffers(p.nodes.length, p.items.length), 0).score;
}

describe('choice vertices in the demand matching', () => {
  it('see at the root that a choice among core units cannot be met beside the core', () => {
    const p = coreAndMethods();
    expect(solverContext(p).choice.choices).toEqual([5]);
    const bound = rootBound(p);
    expect(bound.rootSatisfied).toBe(false);
    expect(bound.programSatisfied).toBe(false);
    const outcome = solveAllocation(p, { satisfyOnly: true });
    expect(outcome).toMatchObject({ optimal: true, steps: 0 });
    expect(outcome.evaluation.score.programSatisfied).toBe(false);
  });

  it('leave the root possible once one more achievement may meet the choice', () => {
    // A second achievement of the unit the choice may take alone (item 3, at leaf 6 too).
    const p = coreAndMethods([item(5)]);
    const nodes = p.nodes.map((n, x) => (x === 6 ? { ...n, eligible: [2, 3] } : n));
    const q = { ...p, nodes };
    expect(rootBound(q).rootSatisfied).toBe(true);
    expect(solveAllocation(q).evaluation.score.programSatisfied).toBe(true);
  });

  it('want the cheapest way of meeting a choice: the smallest needs of the children it needs', () => {
    const leaves = [4, 1, 3, 2].map((c): AllocNode => ({ kind: 'leaf', children: [], need: 0, min: { count: c }, eligible: [] }));
    const p: AllocationProblem = { items: [], nodes: [{ kind: 'atLeast', children: [1, 2, 3, 4], need: 2, min: {}, eligible: [] }, ...leaves] };
    const shape = problemShape(p);
    const needs = Float64Array.from([0, 4, 1, 3, 2]);
    const possible = Uint8Array.from([1, 1, 1, 1, 1]);
    expect(choiceNeed(p, shape, [1, 2, 3, 4], 0, possible, needs, [])).toBe(3);
    // A child that cannot be met is no way of meeting it.
    possible[2] = 0;
    expect(choiceNeed(p, shape, [1, 2, 3, 4], 0, possible, needs, [])).toBe(5);
    possible[4] = 0;
    possible[3] = 0;
    expect(choiceNeed(p, shape, [1, 2, 3, 4], 0, possible, needs, [])).toBe(0);
  });

  it('never say the root fails where the exhaustive search meets it', () => {
    // Core units and a choice over leaves that need one or two of the same items, drawn: which items each leaf may take, and whether the choice needs one child or two.
    const arb = fc.record({
      items: fc.integer({ min: 1, max: 6 }),
      core: fc.array(fc.nat(5), { minLength: 1, maxLength: 3 }),
      options: fc.array(fc.record({ eligible: fc.array(fc.nat(5), { minLength: 1, maxLength: 3 }), count: fc.integer({ min: 1, max: 2 }) }), { minLength: 2, maxLength: 3 }),
      need: fc.integer({ min: 1, max: 2 }),
    });
    fc.assert(
      fc.property(arb, ({ items, core, options, need }) => {
        const nodes: AllocNode[] = [{ kind: 'all', children: [1, 2], need: 2, min: {}, eligible: [] }, { kind: 'all', children: [], need: core.length, min: {}, eligible: [] }, { kind: 'atLeast', children: [], need, min: {}, eligible: [] }];
        const coreKids = core.map((i) => nodes.push({ kind: 'leaf', children: [], need: 0, min: { count: 1 }, eligible: [i % items] }) - 1);
        const optionKids = options.map(({ eligible, count }) => nodes.push({ kind: 'leaf', children: [], need: 0, min: { count }, eligible: [...new Set(eligible.map((i) => i % items))].sort((a, b) => a - b) }) - 1);
        nodes[1] = { ...nodes[1]!, children: coreKids };
        nodes[2] = { ...nodes[2]!, children: optionKids };
        const p: AllocationProblem = { items: Array.from({ length: items }, () => item(3)), nodes };
        const best = exhaustiveAllocation(p).evaluation;
        if (best.score.rootSatisfied) expect(rootBound(p).rootSatisfied).toBe(true);
        expect(solveAllocation(p).evaluation.score).toEqual(best.score);
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});
