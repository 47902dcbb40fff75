import type { Unit } from '../../src/model/unit.js';
import { createPrng } from './prng.js';
import { SHAPE_AS_OF, recordOfUnits, type ShapeWorkload } from './shapeWorkload.js';

/** Options of {@link poolsWorkload}. */
export interface PoolsOptions {
  readonly seed: number;
  /** How many courses the catalog has (and the record holds). */
  readonly achievements: number;
  /** How many pools the program has. */
  readonly pools: number;
  /** The credits each pool needs. */
  readonly credits: number;
}

/**
 * The subset-sum shape: `pools` select leaves under one `all`, each needing
 * `credits` credits of the courses tagged with its pool, and `achievements`
 * courses of 1 to 6 credits, each tagged with two distinct pools drawn by
 * the seed (so the pools overlap). Meeting every pool is easy; using as
 * little as possible (hitting each minimum exactly) is a packing problem,
 * which is what the default step budget is measured on.
 *
 * @param options - seed and sizes
 * @returns the workload; the same for the same options
 */
export function poolsWorkload(options: PoolsOptions): ShapeWorkload {
  const rng = createPrng(options.seed);
  const tags = Array.from({ length: options.pools }, (_, k) => `pool-${k + 1}`);
  const courses: Unit[] = Array.from({ length: options.achievements }, (_, i) => ({
    id: `S${String(i + 1).padStart(3, '0')}`,
    kind: 'course',
    title: `Course ${i + 1}`,
    credits: { value: rng.int(1, 6), system: 'us-semester' },
    tags: rng.sample(tags, 2).sort(),
  }));
  const program: Unit = {
    id: 'pools',
    kind: 'degree',
    title: `${options.pools} pools of ${options.credits} credits`,
    policies: { creditSystem: 'us-semester' },
    requirements: { id: 'root', all: tags.map((tag) => ({ id: tag, select: { tags: { any: [tag] } }, min: { credits: options.credits } })) },
  };
  return {
    catalog: { units: [...courses, program] },
    record: recordOfUnits(rng.shuffle(courses.map((u) => u.id))),
    program: program.id,
    asOf: SHAPE_AS_OF,
  };
}
