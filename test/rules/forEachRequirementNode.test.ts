import { describe, expect, it } from 'vitest';
import { forEachRequirementNode, requirementChildren } from '../../src/rules/forEachRequirementNode.js';
import type { Requirement } from '../../src/model/requirement.js';

const tree: Requirement = {
  all: [{ unit: 'A' }, { id: 'pick', atLeast: 1, of: [{ unit: 'B' }, { select: { kinds: ['course'] } }] }, { any: [{ unit: 'C' }] }],
};

describe('forEachRequirementNode', () => {
  it('visits parents before children, in order, with derived ids, paths and depths', () => {
    const seen: [string, string | undefined, (string | number)[], number][] = [];
    forEachRequirementNode(tree, 'P', ['units', 0, 'requirements'], ({ id, parentId, path, depth }) => {
      seen.push([id, parentId, [...path], depth]);
    });
    expect(seen).toEqual([
      ['P', undefined, ['units', 0, 'requirements'], 1],
      ['P/0', 'P', ['units', 0, 'requirements', 'all', 0], 2],
      ['pick', 'P', ['units', 0, 'requirements', 'all', 1], 2],
      ['pick/0', 'pick', ['units', 0, 'requirements', 'all', 1, 'of', 0], 3],
      ['pick/1', 'pick', ['units', 0, 'requirements', 'all', 1, 'of', 1], 3],
      ['P/2', 'P', ['units', 0, 'requirements', 'all', 2], 2],
      ['P/2/0', 'P/2', ['units', 0, 'requirements', 'all', 2, 'any', 0], 3],
    ]);
  });

  it('skips a subtree when the visitor returns false', () => {
    const ids: string[] = [];
    forEachRequirementNode(tree, 'P', [], ({ id }) => {
      ids.push(id);
      return id !== 'pick';
    });
    expect(ids).toEqual(['P', 'P/0', 'pick', 'P/2', 'P/2/0']);
  });

  it('walks a very deep tree without recursion', () => {
    let node: Requirement = { unit: 'A' };
    for (let i = 0; i < 12_000; i++) node = { all: [node] };
    let count = 0;
    forEachRequirementNode(node, 'deep', [], () => void count++);
    expect(count).toBe(12_001);
  });

  it('lists children of each node kind', () => {
    expect(requirementChildren({ unit: 'A' })).toEqual([]);
    expect(requirementChildren({ atLeast: 1, of: [{ unit: 'A' }] })).toHaveLength(1);
  });
});
