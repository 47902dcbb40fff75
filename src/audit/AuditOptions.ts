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
   * The most search steps the whole audit may take, over every allocation it
   * solves (stacking, overlays, the program); default 1,000,000. When it runs
   * out the result is the best found and says `optimal: false`.
   */
  readonly stepBudget?: number;
}
