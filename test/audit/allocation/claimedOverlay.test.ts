import { describe, expect, it } from 'vitest';
import type { AllocItem, AllocNode, AllocationProblem } from '../../../src/audit/allocation/AllocationProblem.js';
import { evaluateAllocation } from '../../../src/audit/allocation/evaluateAllocation.js';
import { solveAllocation } from '../../../src/audit/allocation/solveAllocation.js';
import { restrictToApplied } from '../../../src/audit/allocation/claimedOverlay.js';
import { safeParseCatalog } from '../../../src/catalog/safeParseCatalog.js';

const item = (credits: number): AllocItem => ({ credits, recognized: false, conflicts: [] });
const leaf = (eligible: number[], min: AllocNode['min']): AllocNode => ({ kind: 'leaf', children: [], need: 0, min, eligible });

// Two courses of 4 credits among three; the overlay wants item 2 (the writing-intensive one) among those applied.
const overlay: AllocationProblem = { items: [item(4), item(4), item(4)], nodes: [leaf([2], { count: 1 })] };
const problem: AllocationProblem = {
  items: [item(4), item(4), item(4)],
  nodes: [{ kind: 'all', children: [1, 2], need: 2, min: {}, eligible: [] }, leaf([0, 1, 2], { credits: 8 }), { kind: 'all', children: [], need: 0, min: {}, eligible: [], claimed: overlay }],
};

describe('claimed overlays (from: claimed)', () => {
  it('hold only when what the rest applies lets them', () => {
    expect(evaluateAllocation(problem, [1, 1, -1]).nodes[2]!.satisfied).toBe(false);
    expect(evaluateAllocation(problem, [1, -1, 1]).nodes[2]!.satisfied).toBe(true);
  });

  it('steer the allocation toward applying what they need', () => {
    const r = solveAllocation(problem);
    expect(r.optimal).toBe(true);
    expect(r.assignment).toEqual([1, -1, 1]);
    expect(r.evaluation.score.programSatisfied).toBe(true);
  });

  it('see only the applied items', () => {
    expect(restrictToApplied(overlay, [1, 1, 0]).nodes[0]!.eligible).toEqual([]);
    expect(restrictToApplied(overlay, [0, 0, 1]).nodes[0]!.eligible).toEqual([2]);
  });

  it('are written on overlays only', () => {
    const r = safeParseCatalog({ units: [{ id: 'C', kind: 'course', title: 'C' }, { id: 'P', kind: 'certificate', title: 'P', requirements: { all: [{ unit: 'C', from: 'claimed' }] } }] });
    expect(!r.success && r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['invalid_value', 'units.1.requirements.all.0.from']]);
  });
});
