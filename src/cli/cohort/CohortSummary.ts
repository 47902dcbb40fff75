/**
 * What a cohort run did, counted as the lines were printed.
 *
 * @category Command line
 */
export interface CohortSummary {
  /** Lines that held a record or a problem (blank lines are not counted). */
  readonly records: number;
  readonly satisfied: number;
  readonly unsatisfied: number;
  /** Lines that could not be audited. */
  readonly errors: number;
  /** The numbers of the first lines that could not be audited (at most ten). */
  readonly errorLines: readonly number[];
}
