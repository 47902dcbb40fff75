import type { Unit } from '../../src/model/unit.js';
import { createPrng } from './prng.js';
import { SHAPE_AS_OF, recordOfUnits, type ShapeWorkload } from './shapeWorkload.js';

/** Options of {@link innerMinimumWorkload}. */
export interface InnerMinimumOptions {
  readonly seed: number;
  /** How many electives the catalog has (and the record holds). */
  readonly electives: number;
  /**
   * Where the rule is written: `inner` (the default) puts `min: { count: 5 }`
   * on the root; `leaves` writes the same rule on the leaves (1 at level 300
   * and 4 more), the form the search has always found easy.
   */
  readonly written?: 'inner' | 'leaves';
}

/**
 * "5 electives, at least 1 at level 300", written with the count minimum on
 * the inner node: a root `all` with `min: { count: 5 }` over two `select`
 * leaves, one taking a level-300 elective, one taking any elective, each
 * needing one. The electives (3 credits, levels 100 to 300 drawn from the
 * seed, at least one at 300) are all in the record, in a seeded order.
 * The search must see that the root's minimum asks three more of the
 * leaves than they ask themselves.
 *
 * @param options - seed and number of electives
 * @returns the workload; the same for the same options
 */
export function innerMinimumWorkload(options: InnerMinimumOptions): ShapeWorkload {
  const rng = createPrng(options.seed);
  const onLeaves = options.written === 'leaves';
  const levels = Array.from({ length: options.electives }, () => rng.pick([100, 200, 300]));
  if (!levels.includes(300) && levels.length > 0) levels[levels.length - 1] = 300;
  const electives: Unit[] = levels.map((value, i) => ({
    id: `EL ${String(i + 1).padStart(3, '0')}`,
    kind: 'course',
    title: `Elective ${i + 1}`,
    credits: { value: 3, system: 'us-semester' },
    tags: ['elective'],
    level: { framework: 'course-level', value },
  }));
  const program: Unit = {
    id: 'electives-5',
    kind: 'certificate',
    title: 'Five electives, at least one at level 300',
    requirements: {
      id: 'electives',
      ...(onLeaves ? {} : { min: { count: 5 } }),
      all: [
        { id: 'upper', select: { tags: { any: ['elective'] }, level: { framework: 'course-level', atLeast: 300 } }, min: { count: 1 } },
        { id: 'any', select: { tags: { any: ['elective'] } }, min: { count: onLeaves ? 4 : 1 } },
      ],
    },
  };
  return {
    catalog: { units: [...electives, program] },
    record: recordOfUnits(rng.shuffle(electives.map((u) => u.id))),
    program: program.id,
    asOf: SHAPE_AS_OF,
  };
}
