import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../../src/catalog/parseCatalog.js';
import { compileTree } from '../../../src/audit/compile/compileTree.js';

describe('compileTree', () => {
  it('pushes verified: true down to every leaf beneath the node that asks for it', () => {
    const catalog = parseCatalog({
      units: [
        { id: 'C1', kind: 'course', title: 'C1' },
        { id: 'C2', kind: 'course', title: 'C2' },
        {
          id: 'P', kind: 'degree', title: 'P',
          requirements: { id: 'root', all: [{ id: 'core', verified: true, all: [{ id: 'c1', unit: 'C1' }, { id: 'c2', unit: 'C2', verified: true }] }, { id: 'free', select: {} }] },
        },
      ],
    });
    const tree = compileTree(catalog.unit('P')!);
    const verifiedAt = (id: string) => tree.nodes[tree.byId.get(id)!]!.narrowing.verified;
    expect([verifiedAt('c1'), verifiedAt('c2'), verifiedAt('free')]).toEqual([['core'], ['core', 'c2'], []]);
  });
});
