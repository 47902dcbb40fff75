import type { Issue } from './Issue.js';
import { formatPath } from './formatPath.js';

/**
 * The one error class credstack throws. It carries the same issues that the
 * safe form of the function (`safeParseCatalog`, `safeAudit`, ...) returns.
 *
 * @example
 * ```ts
 * try {
 *   parseCatalog(input);
 * } catch (error) {
 *   if (error instanceof CredstackError) console.log(error.issues);
 * }
 * ```
 *
 * @category Issues
 */
export class CredstackError extends Error {
  /** The problems found, at least one. */
  readonly issues: readonly Issue[];

  /**
   * @param issues - the problems found
   * @param what - a few words naming what was checked, for the message
   */
  constructor(issues: readonly Issue[], what = 'input') {
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    const where = first && first.path.length > 0 ? ` at ${formatPath(first.path)}` : '';
    super(first ? `invalid ${what}${where}: ${first.message}${more}` : `invalid ${what}`);
    this.name = 'CredstackError';
    this.issues = Object.freeze([...issues]);
  }
}
