import type { Unit } from '../../src/model/unit.js';
import { createPrng } from './prng.js';
import { SHAPE_AS_OF, recordOfUnits, type ShapeWorkload } from './shapeWorkload.js';

/** Options of {@link wideWorkload}. */
export interface WideOptions {
  readonly seed: number;
  /** How many `unit` leaves the root has (one unit each). */
  readonly children: number;
  /** How many of those units the record holds, drawn by the seed. */
  readonly achievements: number;
  /** How many children the root needs (an `atLeast` root); every child (an `all` root) when absent. */
  readonly needed?: number;
}

/**
 * A wide tree: one `all` (or `atLeast`) root over `children` unit leaves,
 * and a record holding `achievements` of those units (a seeded sample, in
 * seeded order). Nothing overlaps, so the answer is plain; what it measures
 * is work that grows with the width of a node.
 *
 * @param options - seed and sizes
 * @returns the workload; the same for the same options
 */
export function wideWorkload(options: WideOptions): ShapeWorkload {
  const rng = createPrng(options.seed);
  const units: Unit[] = Array.from({ length: options.children }, (_, i) => ({
    id: `W${String(i + 1).padStart(5, '0')}`,
    kind: 'course',
    title: `Course ${i + 1}`,
    credits: { value: 3, system: 'us-semester' },
  }));
  const leaves = units.map((u) => ({ id: `take-${u.id}`, unit: u.id }));
  const { needed } = options;
  const program: Unit = {
    id: 'wide',
    kind: 'certificate',
    title: needed === undefined ? `All of ${options.children} courses` : `Any ${needed} of ${options.children} courses`,
    requirements: needed === undefined ? { id: 'root', all: leaves } : { id: 'root', atLeast: needed, of: leaves },
  };
  return {
    catalog: { units: [...units, program] },
    record: recordOfUnits(rng.sample(units.map((u) => u.id), options.achievements)),
    program: program.id,
    asOf: SHAPE_AS_OF,
  };
}
