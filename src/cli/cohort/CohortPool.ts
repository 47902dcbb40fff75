import type { AuditOptions } from '../../audit/AuditOptions.js';
import type { ParseLimits } from '../../_internal/parseLimits.js';

/**
 * What every auditor of a cohort starts from: the catalog as plain data
 * (already validated once by the command), the program, the audit options
 * and the limits each record line is read under.
 *
 * @category Command line
 */
export interface CohortSetup {
  readonly catalog: unknown;
  readonly program: string;
  readonly options: AuditOptions;
  readonly limits: ParseLimits;
}

/**
 * One line of an NDJSON file of records: its number (1-based) and text.
 *
 * @category Command line
 */
export interface CohortLine {
  readonly line: number;
  readonly text: string;
}

/**
 * What auditing one line gave: the NDJSON line to print (without its
 * newline) and how it ended.
 *
 * @category Command line
 */
export interface CohortOutcome {
  /** The line's number in the file. */
  readonly line: number;
  readonly text: string;
  readonly kind: 'satisfied' | 'unsatisfied' | 'error';
}

/**
 * Auditors of a cohort: runs batches of lines and gives their outcomes in
 * the order of the batch. The command line keeps several batches in flight
 * and prints them in file order. Made by {@link inProcessPool} (one thread)
 * or by the worker pool of the command line's `Io`.
 *
 * @category Command line
 */
export interface CohortPool {
  /** How many batches it runs at once. */
  readonly size: number;
  run(batch: readonly CohortLine[]): Promise<readonly CohortOutcome[]>;
  /** Stops the auditors; the pool is not used again. */
  close(): Promise<void>;
}
