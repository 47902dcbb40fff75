import type { IssuePath } from '../issues/Issue.js';

/**
 * The value at a path inside plain data, or undefined where the path leads
 * nowhere. Reads own properties only.
 *
 * @internal
 */
export function valueAt(root: unknown, path: IssuePath): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}
