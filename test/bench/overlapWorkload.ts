import type { Unit } from '../../src/model/unit.js';
import { createPrng } from './prng.js';
import { SHAPE_AS_OF, recordOfUnits, type ShapeWorkload } from './shapeWorkload.js';

/** Options of {@link overlapWorkload}. */
export interface OverlapOptions {
  readonly seed: number;
  /** How many achievements the record holds (each of its own course). */
  readonly achievements: number;
}

/**
 * The heavy-overlap shape of issue 10: every course is of subject X with 1
 * to 6 credits (drawn by the seed), and five `select` leaves all take
 * subject X, with credit minimums on the leaves and on an inner node:
 *
 * ```yaml
 * all:
 *   - { id: a, min: { credits: 10 }, all: [a1 (5 credits), a2 (4 credits)] }
 *   - { id: b, any: [b1 (6 credits), b2 (3 credits), b3 (2 credits)] }
 * ```
 *
 * Every achievement fits every leaf, so exhaustive enumeration visits
 * 6^n assignments.
 *
 * @param options - seed and number of achievements
 * @returns the workload; the same for the same options
 */
export function overlapWorkload(options: OverlapOptions): ShapeWorkload {
  const rng = createPrng(options.seed);
  const courses: Unit[] = Array.from({ length: options.achievements }, (_, i) => ({
    id: `X${String(i + 1).padStart(3, '0')}`,
    kind: 'course',
    title: `Course ${i + 1}`,
    credits: { value: rng.int(1, 6), system: 'us-semester' },
    subjects: ['X'],
  }));
  const leaf = (id: string, credits: number) => ({ id, select: { subjects: ['X'] }, min: { credits } });
  const program: Unit = {
    id: 'overlap',
    kind: 'certificate',
    title: 'Overlapping leaves',
    policies: { creditSystem: 'us-semester' },
    requirements: {
      id: 'root',
      all: [
        { id: 'a', all: [leaf('a1', 5), leaf('a2', 4)], min: { credits: 10 } },
        { id: 'b', any: [leaf('b1', 6), leaf('b2', 3), leaf('b3', 2)] },
      ],
    },
  };
  return {
    catalog: { units: [...courses, program] },
    record: recordOfUnits(rng.shuffle(courses.map((u) => u.id))),
    program: program.id,
    asOf: SHAPE_AS_OF,
  };
}
