import { describe, expect, it } from 'vitest';
import type { AllocItem, AllocNode, AllocationProblem } from '../../../src/audit/allocation/AllocationProblem.js';
import { compareScores, evaluateAllocation, isValidAssignment } from '../../../src/audit/allocation/evaluateAllocation.js';

const item = (credits: number, extra: Partial<AllocItem> = {}): AllocItem => ({ credits, recognized: false, conflicts: [], ...extra });
const leaf = (eligible: number[], extra: Partial<AllocNode> = {}): AllocNode => ({ kind: 'leaf', children: [], need: 0, min: {}, eligible, ...extra });
/** Root (node 0, all of node 1) over one leaf (node 1). */
const oneLeaf = (items: AllocItem[], node: Partial<AllocNode>, policies?: AllocationProblem['policies']): AllocationProblem => ({
  items,
  nodes: [{ kind: 'all', children: [1], need: 1, min: {}, eligible: [] }, leaf(items.map((_, i) => i), node)],
  ...(policies === undefined ? {} : { policies }),
});
const allAt = (p: AllocationProblem, l = 1): number[] => p.items.map(() => l);

describe('evaluateAllocation: leaves', () => {
  it('counts credits and satisfies a credit minimum', () => {
    const p = oneLeaf([item(3), item(3)], { min: { credits: 6 } });
    const e = evaluateAllocation(p, allAt(p));
    expect(e.nodes[1]).toMatchObject({ satisfied: true, credits: 6, count: 2, assigned: [0, 1], counted: [0, 1] });
    expect(e.score).toEqual({ programSatisfied: true, rootSatisfied: true, satisfiedNodes: 2, progress: 6, consumed: 2 });
  });

  it('needs one item when a leaf gives no minimum', () => {
    const p = oneLeaf([item(3)], {});
    expect(evaluateAllocation(p, [-1]).score).toEqual({ programSatisfied: false, rootSatisfied: false, satisfiedNodes: 0, progress: 0, consumed: 0 });
    expect(evaluateAllocation(p, [1]).score).toEqual({ programSatisfied: true, rootSatisfied: true, satisfiedNodes: 2, progress: 1, consumed: 1 });
  });

  it('stops counting at max.count, in item order', () => {
    const p = oneLeaf([item(1), item(2), item(4)], { min: { count: 2 }, max: { count: 2 } });
    expect(evaluateAllocation(p, allAt(p)).nodes[1]).toMatchObject({ credits: 3, count: 2, counted: [0, 1] });
  });

  it('cuts credits at max.credits and counts nothing past it', () => {
    const p = oneLeaf([item(3), item(3), item(3)], { max: { credits: 5 } });
    const e = evaluateAllocation(p, allAt(p));
    expect(e.nodes[1]).toMatchObject({ credits: 5, count: 2, counted: [0, 1] });
    expect(e.contribution).toEqual([3, 2, 0]);
  });

  it('caps per subject by count and by credits', () => {
    const byCount = oneLeaf([item(3, { subject: 'a' }), item(3, { subject: 'a' }), item(3, { subject: 'b' }), item(3)], { maxPer: { by: 'subject', count: 1 } });
    expect(evaluateAllocation(byCount, allAt(byCount)).nodes[1]).toMatchObject({ counted: [0, 2, 3], credits: 9 });
    const byCredits = oneLeaf([item(3, { subject: 'a' }), item(3, { subject: 'a' }), item(3, { subject: 'a' })], { maxPer: { by: 'subject', credits: 4 } });
    const e = evaluateAllocation(byCredits, allAt(byCredits));
    expect(e.nodes[1]).toMatchObject({ counted: [0, 1], credits: 4 });
    expect(e.contribution).toEqual([3, 1, 0]);
  });

  it('caps recognised items by count and credits', () => {
    const p = oneLeaf([item(3, { recognized: true }), item(3, { recognized: true }), item(3)], { maxRecognized: { count: 1 } });
    expect(evaluateAllocation(p, allAt(p)).nodes[1]).toMatchObject({ counted: [0, 2], credits: 6 });
    const q = oneLeaf([item(3, { recognized: true }), item(3, { recognized: true })], { maxRecognized: { credits: 4 } });
    expect(evaluateAllocation(q, allAt(q)).nodes[1]).toMatchObject({ counted: [0, 1], credits: 4 });
  });

  it('excludes the latest recognised items until the recognised share holds', () => {
    const p = oneLeaf([item(3, { recognized: true }), item(3, { recognized: true }), item(3)], { maxRecognized: { share: 0.5 } });
    const e = evaluateAllocation(p, allAt(p));
    expect(e.nodes[1]).toMatchObject({ counted: [0, 2], credits: 6, assigned: [0, 1, 2] });
    expect(e.applied).toEqual([0, 2]);
  });

  it('tests distinct keys and grade points over what counts', () => {
    const same = oneLeaf([item(3, { subject: 'a' }), item(3, { subject: 'a' })], { minDistinct: { by: 'subject', count: 2 } });
    expect(evaluateAllocation(same, allAt(same)).nodes[1]!.satisfied).toBe(false);
    const two = oneLeaf([item(3, { subject: 'a' }), item(3, { subject: 'b' })], { minDistinct: { by: 'subject', count: 2 } });
    expect(evaluateAllocation(two, allAt(two)).nodes[1]!.satisfied).toBe(true);
    const gpa = oneLeaf([item(3, { points: 2 }), item(3, { points: 4 }), item(3)], { minGpa: 3 });
    expect(evaluateAllocation(gpa, allAt(gpa)).nodes[1]!.satisfied).toBe(true);
    expect(evaluateAllocation(gpa, [1, -1, 1]).nodes[1]!.satisfied).toBe(false);
    expect(evaluateAllocation(gpa, [-1, -1, 1]).nodes[1]!.satisfied).toBe(false);
  });

  it('weights grade points by the credits each item contributes', () => {
    // Plain mean (4 + 1) / 2 = 2.5 fails 3; weighted (4·4 + 1·1) / 5 = 3.4 passes.
    const p = oneLeaf([item(4, { points: 4 }), item(1, { points: 1 })], { minGpa: 3 });
    expect(evaluateAllocation(p, allAt(p)).nodes[1]!.satisfied).toBe(true);
    // Contributions, not credits: a 2-credit cap lets each count 1 credit, (4 + 1) / 2 = 2.5.
    const capped = oneLeaf([item(1, { points: 1 }), item(4, { points: 4 })], { minGpa: 3, max: { credits: 2 } });
    expect(evaluateAllocation(capped, allAt(capped)).nodes[1]).toMatchObject({ satisfied: false, credits: 2 });
    // No graded item carries credit: the plain mean of the graded ones.
    const free = oneLeaf([item(0, { points: 4 }), item(0, { points: 1 }), item(3)], { minGpa: 2.5 });
    expect(evaluateAllocation(free, allAt(free)).nodes[1]!.satisfied).toBe(true);
    expect(evaluateAllocation({ ...free, nodes: [free.nodes[0]!, { ...free.nodes[1]!, minGpa: 3 }] }, allAt(free)).nodes[1]!.satisfied).toBe(false);
    // Zero-credit graded items drop out once some graded item carries credit.
    const mixed = oneLeaf([item(0, { points: 0 }), item(3, { points: 3 })], { minGpa: 3 });
    expect(evaluateAllocation(mixed, allAt(mixed)).nodes[1]!.satisfied).toBe(true);
  });

  it('weights the GPA policy by contributed credits too', () => {
    const p = oneLeaf([item(1, { points: 1 }), item(4, { points: 4 })], {}, { minGpa: 3 });
    expect(evaluateAllocation(p, allAt(p)).policies.minGpa).toBe(true);
    expect(evaluateAllocation(p, [1, -1]).policies.minGpa).toBe(false);
  });
});

describe('evaluateAllocation: internal nodes, fixed nodes, policies', () => {
  const items = [item(3, { subject: 'a', recognized: true }), item(3, { subject: 'a' }), item(4, { subject: 'b' })];
  const tree = (root: Partial<AllocNode>): AllocationProblem => ({
    items,
    nodes: [{ kind: 'atLeast', children: [1, 2, 3], need: 2, min: {}, eligible: [], ...root }, leaf([0, 1, 2]), leaf([0, 1, 2]), leaf([0, 1, 2])],
  });

  it('needs `need` satisfied children and its subtree minimums', () => {
    expect(evaluateAllocation(tree({}), [1, 2, -1]).nodes[0]).toMatchObject({ satisfied: true, credits: 6, count: 2, counted: [0, 1] });
    expect(evaluateAllocation(tree({}), [1, 1, -1]).nodes[0]!.satisfied).toBe(false);
    const withMin = tree({ min: { credits: 10 } });
    expect(evaluateAllocation(withMin, [1, 2, -1]).nodes[0]!.satisfied).toBe(false);
    const e = evaluateAllocation(withMin, [1, 2, 3]);
    expect(e.nodes[0]).toMatchObject({ satisfied: true, credits: 10 });
    // Each leaf counts one, but only two of the three are needed: the spare one adds no progress.
    expect(e.score.progress).toBe(10 + 2);
  });

  it('tests maxPer, maxRecognized, minDistinct and minGpa over what counts below', () => {
    expect(evaluateAllocation(tree({ maxPer: { by: 'subject', count: 1 } }), [1, 2, -1]).nodes[0]!.satisfied).toBe(false);
    expect(evaluateAllocation(tree({ maxPer: { by: 'subject', count: 1 } }), [1, -1, 2]).nodes[0]!.satisfied).toBe(true);
    expect(evaluateAllocation(tree({ maxRecognized: { share: 0.4 } }), [1, 2, -1]).nodes[0]!.satisfied).toBe(false);
    expect(evaluateAllocation(tree({ maxRecognized: { share: 0.4 } }), [1, 2, 3]).nodes[0]!.satisfied).toBe(true);
    expect(evaluateAllocation(tree({ minDistinct: { by: 'subject', count: 2 } }), [1, 2, -1]).nodes[0]!.satisfied).toBe(false);
    expect(evaluateAllocation(tree({ minGpa: 1 }), [1, 2, -1]).nodes[0]!.satisfied).toBe(false);
  });

  it('takes fixed nodes at their value, with no items or progress below them', () => {
    const p: AllocationProblem = {
      items: [item(3)],
      nodes: [{ kind: 'all', children: [1, 2], need: 2, min: {}, eligible: [] }, leaf([0], { fixed: true }), { kind: 'all', children: [3], need: 1, min: {}, eligible: [], fixed: false }, leaf([0])],
    };
    const e = evaluateAllocation(p, [-1]);
    expect(e.nodes.map((n) => n.satisfied)).toEqual([false, true, false, false]);
    expect(e.score).toEqual({ programSatisfied: false, rootSatisfied: false, satisfiedNodes: 1, progress: 0, consumed: 0 });
    expect(isValidAssignment(p, [1])).toBe(false);
    expect(isValidAssignment(p, [3])).toBe(false);
  });

  it('tests every policy over the applied items', () => {
    const its = [item(3, { home: true, points: 4, earned: 10, windowEnd: 20 }), item(3, { recognized: true, points: 2, earned: 15, windowEnd: 25 }), item(3, { earned: 22, windowEnd: 30 })];
    const p = oneLeaf(its, {}, { totalCredits: 6, residency: { credits: 3, share: 0.5 }, maxRecognized: { credits: 3, share: 0.5 }, minGpa: 3, timeLimit: true });
    const both = evaluateAllocation(p, [1, 1, -1]);
    expect(both.policies).toEqual({ totalCredits: true, residency: true, maxRecognized: true, minGpa: true, timeLimit: true });
    expect(both.score.programSatisfied).toBe(true);
    const late = evaluateAllocation(p, [1, -1, 1]);
    expect(late.policies).toMatchObject({ totalCredits: true, timeLimit: false, minGpa: true });
    const one = evaluateAllocation(p, [-1, 1, -1]);
    // Alone, the recognised item is past the cap (half of nothing else): it does not count at all.
    expect(one.policies).toEqual({ totalCredits: false, residency: false, maxRecognized: true, minGpa: false, timeLimit: true });
    expect(one.applied).toEqual([]);
  });

  it('caps recognised credit for the program: in item order, the crossing item counts for the room left', () => {
    // 60 ECTS, at most 30 recognised: grants of 18, 18 and 6, then 15 local credits.
    const its = [item(18, { recognized: true }), item(18, { recognized: true }), item(6, { recognized: true }), item(15)];
    const p = oneLeaf(its, { min: { credits: 60 } }, { totalCredits: 60, maxRecognized: { credits: 30 } });
    const e = evaluateAllocation(p, [1, 1, 1, 1]);
    expect(e.contribution).toEqual([18, 12, 0, 15]);
    expect(e.applied).toEqual([0, 1, 3]);
    expect(e.nodes[1]).toMatchObject({ credits: 45, count: 3, satisfied: false });
    expect(e.policies).toEqual({ totalCredits: false, maxRecognized: true });
    // A share cap: recognised credit at most a quarter of all counted, so a third of the rest.
    const share = oneLeaf(its, {}, { maxRecognized: { share: 0.25 } });
    expect(evaluateAllocation(share, [1, 1, 1, 1]).contribution).toEqual([5, 0, 0, 15]);
  });
});

describe('isValidAssignment and compareScores', () => {
  it('rejects ineligible leaves, conflicts and unhonoured pins', () => {
    const p: AllocationProblem = {
      items: [item(3, { conflicts: [1] }), item(3), item(3, { pinned: 2 })],
      nodes: [{ kind: 'all', children: [1, 2], need: 2, min: {}, eligible: [] }, leaf([0, 1]), leaf([1])],
    };
    expect(isValidAssignment(p, [1, -1, 2])).toBe(true);
    expect(isValidAssignment(p, [2, -1, 2])).toBe(false);
    expect(isValidAssignment(p, [1, 1, 2])).toBe(false);
    expect(isValidAssignment(p, [1, -1, -1])).toBe(false);
    expect(isValidAssignment(p, [1, -1])).toBe(false);
  });

  it('orders scores by program, root, nodes, progress (within epsilon), then fewest consumed', () => {
    const s = { programSatisfied: false, rootSatisfied: false, satisfiedNodes: 3, progress: 5, consumed: 4 };
    expect(compareScores({ ...s, programSatisfied: true, rootSatisfied: true, satisfiedNodes: 0 }, s)).toBeGreaterThan(0);
    expect(compareScores({ ...s, rootSatisfied: true, satisfiedNodes: 1, progress: 0 }, s)).toBeGreaterThan(0);
    expect(compareScores({ ...s, satisfiedNodes: 4, progress: 0 }, s)).toBeGreaterThan(0);
    expect(compareScores({ ...s, progress: 5.5, consumed: 9 }, s)).toBeGreaterThan(0);
    expect(compareScores({ ...s, progress: 5 + 1e-12, consumed: 5 }, s)).toBeLessThan(0);
    expect(compareScores({ ...s, consumed: 3 }, s)).toBeGreaterThan(0);
    expect(compareScores(s, { ...s })).toBe(0);
  });

  it('rejects assignments that break a group cap, counting assigned items at their full credits', () => {
    const items = [item(3), item(3), item(4)];
    const nodes: AllocNode[] = [{ kind: 'all', children: [1, 2], need: 2, min: {}, eligible: [] }, leaf([0, 1, 2], { max: { credits: 1 } }), leaf([2])];
    const byCount: AllocationProblem = { items, nodes, groups: [{ items: [0, 1, 2], maxCount: 2 }] };
    expect(isValidAssignment(byCount, [1, 1, -1])).toBe(true);
    expect(isValidAssignment(byCount, [1, 1, 2])).toBe(false);
    // Credits are the items' own, not what counts (leaf 1 counts 1 credit of item 0).
    const byCredits: AllocationProblem = { items, nodes, groups: [{ items: [0, 2, 7, 0], maxCredits: 6 }] };
    expect(isValidAssignment(byCredits, [1, 1, -1])).toBe(true);
    expect(isValidAssignment(byCredits, [1, -1, 2])).toBe(false);
    expect(isValidAssignment(byCredits, [-1, 1, 2])).toBe(true);
  });

  it('drops a pin that does not fit a group beside earlier pins', () => {
    const p: AllocationProblem = {
      items: [item(3, { pinned: 1 }), item(3, { pinned: 1 }), item(3)],
      nodes: [{ kind: 'all', children: [1], need: 1, min: {}, eligible: [] }, leaf([0, 1, 2])],
      groups: [{ items: [0, 1, 2], maxCount: 1 }],
    };
    expect(isValidAssignment(p, [1, -1, -1])).toBe(true);
    expect(isValidAssignment(p, [1, 1, -1])).toBe(false);
    expect(isValidAssignment(p, [-1, 1, -1])).toBe(false);
    expect(isValidAssignment(p, [1, -1, 1])).toBe(false);
  });
});
