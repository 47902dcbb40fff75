import { describe, expect, it } from 'vitest';
import { safeParseCatalog } from '../../src/catalog/safeParseCatalog.js';
import { safeParseRecord } from '../../src/record/safeParseRecord.js';
import type { Requirement } from '../../src/model/requirement.js';
import type { Unit } from '../../src/model/unit.js';
import type { ShapeWorkload } from './shapeWorkload.js';
import { innerMinimumWorkload } from './innerMinimumWorkload.js';
import { wideWorkload } from './wideWorkload.js';
import { poolsWorkload } from './poolsWorkload.js';
import { overlapWorkload } from './overlapWorkload.js';

// The generators of the P6 benchmarks (test/bench/shapes.bench.ts). These
// tests build the workloads and check them; they run no audit of the hard
// shapes, whose speed the benchmarks measure.

/** The workload's documents, parsed and checked against each other; throws with the issues if they are not valid. */
function check(w: ShapeWorkload): { units: Unit[]; program: Unit } {
  const catalog = safeParseCatalog(w.catalog);
  if (!catalog.success) throw new Error(JSON.stringify(catalog.issues.slice(0, 3)));
  const record = safeParseRecord(w.record, { catalog: catalog.data });
  if (!record.success) throw new Error(JSON.stringify(record.issues.slice(0, 3)));
  expect(record.warnings).toEqual([]);
  const program = catalog.data.unit(w.program);
  expect(program?.requirements).toBeDefined();
  return { units: [...catalog.data.units], program: program! };
}

const creditsOf = (w: ShapeWorkload): number[] => w.catalog.units.filter((u) => u.kind === 'course').map((u) => u.credits?.value ?? 0);

describe.each([
  ['innerMinimumWorkload', (seed: number) => innerMinimumWorkload({ seed, electives: 40 })],
  ['wideWorkload', (seed: number) => wideWorkload({ seed, children: 500, achievements: 40, needed: 30 })],
  ['poolsWorkload', (seed: number) => poolsWorkload({ seed, achievements: 60, pools: 4, credits: 17 })],
  ['overlapWorkload', (seed: number) => overlapWorkload({ seed, achievements: 12 })],
] as const)('%s', (_, generate) => {
  it('is deterministic: the same seed gives the same workload, another seed another', () => {
    expect(generate(3)).toEqual(generate(3));
    expect(generate(4)).not.toEqual(generate(3));
  });

  it('gives a valid catalog and a record valid against it, with the program in it', () => {
    expect(() => check(generate(3))).not.toThrow();
  });
});

describe('the shapes are the ones the benchmarks name', () => {
  it('inner minimum: count 5 on the root over a level-300 leaf and an any-elective leaf; the leaves form says the same on the leaves', () => {
    const w = innerMinimumWorkload({ seed: 6, electives: 80 });
    const { program } = check(w);
    const root = program.requirements as Requirement & { all: Requirement[] };
    expect(root.min).toEqual({ count: 5 });
    expect(root.all.map((c) => [c.id, c.min])).toEqual([['upper', { count: 1 }], ['any', { count: 1 }]]);
    expect(w.record.achievements).toHaveLength(80);
    const levels = w.catalog.units.flatMap((u) => (u.level ? [u.level.value] : []));
    expect(levels).toHaveLength(80);
    expect(levels).toContain(300);
    expect(levels.some((l) => l < 300)).toBe(true);
    const leaves = innerMinimumWorkload({ seed: 6, electives: 80, written: 'leaves' });
    const leavesRoot = leaves.catalog.units.at(-1)!.requirements as Requirement & { all: Requirement[] };
    expect(leavesRoot.min).toBeUndefined();
    expect(leavesRoot.all.map((c) => c.min)).toEqual([{ count: 1 }, { count: 4 }]);
    expect(leaves.catalog.units.slice(0, -1)).toEqual(w.catalog.units.slice(0, -1));
  });

  it('inner minimum: always has a level-300 elective, even when the draw gives none', () => {
    for (let seed = 0; seed < 50; seed++) expect(innerMinimumWorkload({ seed, electives: 1 }).catalog.units[0]!.level?.value).toBe(300);
  });

  it('wide: one node with 10,000 unit children, and a record of 300 distinct of them', () => {
    const w = wideWorkload({ seed: 6, children: 10_000, achievements: 300 });
    const { program } = check(w);
    const root = program.requirements as Requirement & { all: Requirement[] };
    expect(root.all).toHaveLength(10_000);
    expect(root.all.every((c) => 'unit' in c)).toBe(true);
    const held = w.record.achievements.map((a) => a.unit);
    expect(new Set(held).size).toBe(300);
    const atLeast = wideWorkload({ seed: 6, children: 10_000, achievements: 300, needed: 250 }).catalog.units.at(-1)!.requirements;
    expect(atLeast).toMatchObject({ atLeast: 250 });
  });

  it('pools: 200 courses of 1 to 6 credits, each in two of 10 pools of 17 credits', () => {
    const w = poolsWorkload({ seed: 6, achievements: 200, pools: 10, credits: 17 });
    const { program } = check(w);
    const root = program.requirements as Requirement & { all: Requirement[] };
    expect(root.all.map((c) => c.min)).toEqual(Array.from({ length: 10 }, () => ({ credits: 17 })));
    const credits = creditsOf(w);
    expect(credits).toHaveLength(200);
    expect(Math.min(...credits)).toBe(1);
    expect(Math.max(...credits)).toBe(6);
    const courses = w.catalog.units.filter((u) => u.kind === 'course');
    expect(courses.every((u) => u.tags?.length === 2 && u.tags[0] !== u.tags[1])).toBe(true);
    expect(new Set(courses.flatMap((u) => u.tags ?? [])).size).toBe(10);
  });

  it('overlap: the tree of issue 10, every leaf taking every course (1 to 6 credits, subject X)', () => {
    const w = overlapWorkload({ seed: 6, achievements: 24 });
    const { program } = check(w);
    expect(program.requirements).toEqual({
      id: 'root',
      all: [
        { id: 'a', all: [{ id: 'a1', select: { subjects: ['X'] }, min: { credits: 5 } }, { id: 'a2', select: { subjects: ['X'] }, min: { credits: 4 } }], min: { credits: 10 } },
        {
          id: 'b',
          any: [{ id: 'b1', select: { subjects: ['X'] }, min: { credits: 6 } }, { id: 'b2', select: { subjects: ['X'] }, min: { credits: 3 } }, { id: 'b3', select: { subjects: ['X'] }, min: { credits: 2 } }],
        },
      ],
    });
    const credits = creditsOf(w);
    expect(credits).toHaveLength(24);
    expect(credits.every((c) => c >= 1 && c <= 6)).toBe(true);
    expect(w.record.achievements).toHaveLength(24);
  });
});
