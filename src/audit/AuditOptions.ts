import type { Exception } from '../model/exception.js';

/**
 * Options for {@link audit}.
 *
 * @category Audit
 */
export interface AuditOptions {
  /**
   * The day the audit speaks for (`YYYY-MM-DD`). The engine reads no clock:
   * without it, anything that depends on dates (expiry, validity,
   * `earnedWithin`, a recognition's dates) is reported as an issue.
   */
  readonly asOf?: string;
  /** Look-ahead: let in-progress and/or planned achievements count. */
  readonly include?: readonly ('in-progress' | 'planned')[];
  /** What-if: exceptions to apply beside the record's own. */
  readonly exceptions?: readonly Exception[];
  /**
   * The search budget of the whole audit, over every allocation it solves
   * (stacking, overlays, the program); default 1,000,000, about a second of
   * search. A search step costs one for every four requirement nodes and
   * candidates of its problem (at least one; leaves no candidate can go to
   * do not count), so the budget stands for
   * about the same time on small and large problems. When it runs out the
   * result is the best found and says `optimal: false`.
   */
  readonly stepBudget?: number;
}
