import type { Issue } from './Issue.js';

/**
 * What the safe form of a function returns: the data, or the issues that
 * stopped it. Never throws for bad input.
 *
 * @example
 * ```ts
 * const result = safeParseCatalog(input);
 * if (result.success) use(result.data);
 * else report(result.issues);
 * ```
 *
 * @category Issues
 */
export type SafeResult<T> =
  | {
      /** The function did its work. */
      readonly success: true;
      /** What it made. */
      readonly data: T;
      /** Issues that did not stop it, worth a look. */
      readonly warnings: readonly Issue[];
    }
  | {
      /** The input stopped the function. */
      readonly success: false;
      /** Why: every issue found. */
      readonly issues: readonly Issue[];
    };
