import type { Exception } from '../model/exception.js';
import type { PlanOptions } from '../plan/PlanOptions.js';

/**
 * Options for {@link rank}.
 *
 * @category Planning
 */
export interface RankOptions {
  /** The day the ranking speaks for (`YYYY-MM-DD`). */
  readonly asOf?: string;
  /** The programs to rank; default every program of the catalog. */
  readonly programs?: readonly string[];
  /** Look-ahead: let in-progress and/or planned achievements count. */
  readonly include?: readonly ('in-progress' | 'planned')[];
  /** What-if: exceptions to apply beside the record's own. */
  readonly exceptions?: readonly Exception[];
  /**
   * How to plan the rest of each program (objective, calendar, constraints;
   * see {@link PlanOptions}), or `false` to rank by what the record meets
   * alone. Default: the cheapest plan, with a step budget of 2,000 a program
   * and no alternatives or front.
   */
  readonly plan?: false | Omit<PlanOptions, 'asOf' | 'include' | 'exceptions' | 'alternatives' | 'front'>;
}
