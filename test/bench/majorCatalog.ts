import type { CatalogDocument } from '../../src/model/catalogDocument.js';
import type { Unit } from '../../src/model/unit.js';
import type { Requirement } from '../../src/model/requirement.js';
import type { LearnerRecordInput } from '../../src/model/recordDocument.js';

/** The shape of a generated computer-science major. */
export interface MajorShape {
  /** Required courses, each a `unit` leaf. */
  readonly core: number;
  /** Elective pools: the tag each pool selects and how many courses it needs. */
  readonly pools: readonly { readonly tag: string; readonly count: number }[];
  /** Elective courses; elective i carries the tags of pools i mod P and (i + 1) mod P. */
  readonly electives: number;
  /** The program's total, in semester hours (every course is 3). */
  readonly totalCredits?: number;
}

const course = (id: string, tags: string[] = []): Unit => ({
  id,
  kind: 'course',
  title: `Course ${id}`,
  provider: 'uni',
  credits: { value: 3, system: 'us-semester' },
  subjects: ['cs'],
  ...(tags.length > 0 && { tags }),
});

const pad = (i: number): string => String(i).padStart(3, '0');

/**
 * A computer-science major whose electives each fit two elective pools: the
 * overlapping-electives workload of benchmarks P1 and P2. Deterministic.
 */
export function majorCatalog(shape: MajorShape): CatalogDocument {
  const core = Array.from({ length: shape.core }, (_, i) => course(`CS 1${pad(i)}`));
  const p = shape.pools.length;
  const electives = Array.from({ length: shape.electives }, (_, i) => {
    const tags = p === 1 ? [shape.pools[0]!.tag] : [shape.pools[i % p]!.tag, shape.pools[(i + 1) % p]!.tag];
    return course(`CS 4${pad(i)}`, tags);
  });
  const requirements: Requirement = {
    id: 'major',
    all: [
      { id: 'core', all: core.map((c) => ({ id: `core-${c.id}`, unit: c.id })) },
      ...shape.pools.map((pool) => ({ id: `pool-${pool.tag}`, select: { tags: { any: [pool.tag] } }, min: { count: pool.count } })),
    ],
  };
  const program: Unit = {
    id: 'cs-major',
    kind: 'degree',
    title: 'BS in Computer Science',
    provider: 'uni',
    ...(shape.totalCredits !== undefined && { policies: { creditSystem: 'us-semester', totalCredits: shape.totalCredits } }),
    requirements,
  };
  return { organisations: [{ id: 'uni', name: 'A University', kind: 'university' }], units: [...core, ...electives, program] };
}

/** A record holding every course of the major, earned on distinct days. */
export function majorRecord(catalog: CatalogDocument): LearnerRecordInput {
  const courses = catalog.units.filter((u) => u.kind === 'course');
  return {
    achievements: courses.map((u, i) => ({
      id: `a${pad(i)}`,
      unit: u.id,
      earnedOn: new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10),
      issuer: 'uni',
    })),
  };
}
