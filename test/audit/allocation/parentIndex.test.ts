import { describe, expect, it } from 'vitest';
import type { AllocNode, AllocationProblem } from '../../../src/audit/allocation/AllocationProblem.js';
import { parentIndex, parentsOf } from '../../../src/audit/allocation/parentIndex.js';

function inner(children: number[]): AllocNode {
  return { kind: 'all', children, need: children.length, min: {}, eligible: [] };
}

const leaf: AllocNode = { kind: 'leaf', children: [], need: 0, min: { count: 1 }, eligible: [] };

describe('parentIndex', () => {
  it('lists each node’s parents once, ascending, and ignores children out of range', () => {
    // 0 → 1, 2; 1 → 3, 3 (listed twice), 9 (out of range); 2 → 3, 4; 3 and 4 are leaves.
    const problem: AllocationProblem = { items: [], nodes: [inner([1, 2]), inner([3, 3, 9]), inner([3, 4]), leaf, leaf] };
    const parents = parentIndex(problem);
    expect([0, 1, 2, 3, 4].map((x) => [...parentsOf(parents, x)])).toEqual([[], [0], [0], [1, 2], [2]]);
  });

  it('gives a node no parent when nothing lists it', () => {
    const parents = parentIndex({ items: [], nodes: [leaf, leaf] });
    expect([...parentsOf(parents, 0)]).toEqual([]);
    expect([...parentsOf(parents, 1)]).toEqual([]);
    expect(parents.list).toHaveLength(0);
  });
});
