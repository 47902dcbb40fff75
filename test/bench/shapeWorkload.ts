import type { CatalogDocument } from '../../src/model/catalogDocument.js';
import type { LearnerRecordInput } from '../../src/model/recordDocument.js';

/**
 * One workload of the P6 hard-shape benchmarks: a catalog, the program in it
 * to audit, and a record, all plain documents so that the benchmark goes
 * through the public API (parse, compile, `auditCompiled`).
 */
export interface ShapeWorkload {
  readonly catalog: CatalogDocument;
  readonly record: LearnerRecordInput;
  /** The id of the program to audit. */
  readonly program: string;
  /** The audit date: after every achievement. */
  readonly asOf: string;
}

/** The audit date of every shape workload. */
export const SHAPE_AS_OF = '2024-06-30';

/**
 * A record holding one completed achievement of each unit, in the order
 * given, earned on distinct days from 2018-01-01 (ids `a0001`, `a0002` ...).
 *
 * @param units - unit ids
 * @returns the record document
 */
export function recordOfUnits(units: readonly string[]): LearnerRecordInput {
  return {
    achievements: units.map((unit, i) => ({
      id: `a${String(i + 1).padStart(4, '0')}`,
      unit,
      earnedOn: new Date(Date.UTC(2018, 0, 1 + i)).toISOString().slice(0, 10),
    })),
  };
}
