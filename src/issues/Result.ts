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
  | { readonly success: true; readonly data: T; readonly warnings: readonly Issue[] }
  | { readonly success: false; readonly issues: readonly Issue[] };
