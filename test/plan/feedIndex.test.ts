import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/catalog/parseCatalog.js';
import { compile } from '../../src/audit/compile/compile.js';
import { feedIndex } from '../../src/plan/feedIndex.js';
import type { Unit } from '../../src/model/unit.js';

const course = (id: string, subjects: string[], extra: Partial<Unit> = {}): Unit =>
  ({ id, kind: 'course', title: id, provider: 'uni', credits: { value: 3, system: 'us-semester' }, subjects, offering: { duration: 'P15W' }, ...extra }) as Unit;

const catalog = parseCatalog({
  organisations: [{ id: 'uni', name: 'A University', kind: 'university' }],
  units: [
    course('A', ['cs']),
    course('B', ['math']),
    course('C', ['cs', 'math']),
    { id: 'MC', kind: 'micro-credential', title: 'Stack', provider: 'uni', requirements: { all: [{ unit: 'A' }, { unit: 'B' }] } } as Unit,
    { id: 'DEG', kind: 'degree', title: 'Degree', provider: 'uni', policies: { creditSystem: 'us-semester' }, requirements: { id: 'root', all: [{ id: 'cs', select: { subjects: ['cs'] }, min: { count: 1 } }, { id: 'stack', unit: 'MC' }] } } as Unit,
  ],
  recognitions: [{ id: 'r', institution: 'uni', program: 'DEG', from: { ids: ['B'] }, grants: { credits: { value: 3, system: 'us-semester' }, subjects: ['cs'] } }],
});

describe('feedIndex', () => {
  it('agrees with asking every rule of the program and its composites of every unit, and finds the recognitions each unit is a source of', () => {
    const compiled = compile(catalog, 'DEG');
    const index = feedIndex(compiled);
    index.trees.forEach((tree, t) => {
      for (const node of tree.nodes) {
        for (const unit of catalog.units) {
          const direct = node.unit === unit.id || node.match?.(unit) === true;
          expect(index.feeds(unit, t, node.index), `${unit.id} at ${tree.unit.id}/${node.id}`).toBe(direct);
          expect((index.leaves.get(unit.id) ?? []).some((l) => l.tree === t && l.node === node.index)).toBe(direct);
        }
      }
    });
    expect(index.sources.get('B')?.map((r) => r.id)).toEqual(['r']);
    expect(index.sources.has('A')).toBe(false);
  });

  it('reads a unit that is not the catalog’s own (a grant’s stand-in) by the rules themselves', () => {
    const compiled = compile(catalog, 'DEG');
    const index = feedIndex(compiled);
    const cs = compiled.tree.nodes.find((n) => n.id === 'cs')!;
    const standIn = { ...catalog.unit('B')!, subjects: ['cs'] };
    expect(index.feeds(catalog.unit('B')!, 0, cs.index)).toBe(false);
    expect(index.feeds(standIn, 0, cs.index)).toBe(true);
  });
});
