import type { IssuePath } from './Issue.js';
import { clipText, MAX_SHOWN_CHARACTERS } from '../_internal/clipText.js';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Writes an issue path the way a reader expects: `units[3].credits.value`.
 * A key too long to read is cut, with its length (`["aaa… (5000 characters)"]`).
 *
 * @param path - the path to format
 * @returns the path as text; `(root)` for the empty path
 *
 * @example
 * ```ts
 * formatPath(['units', 3, 'credits']); // 'units[3].credits'
 * ```
 *
 * @category Issues
 */
export function formatPath(path: IssuePath): string {
  if (path.length === 0) return '(root)';
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (key.length <= MAX_SHOWN_CHARACTERS && IDENTIFIER.test(key)) text += text === '' ? key : `.${key}`;
    else text += `[${JSON.stringify(clipText(key))}]`;
  }
  return text;
}
