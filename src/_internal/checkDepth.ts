import type { Issue } from '../issues/Issue.js';
import { issue } from './issue.js';

/**
 * The deepest nesting of arrays and objects any document may have. Checked
 * before anything recursive looks at the data, so hostile input gets an
 * issue rather than a stack overflow.
 *
 * @internal
 */
export const MAX_DOCUMENT_DEPTH = 200;

/**
 * Finds the first place where plain data nests deeper than `limit`, without
 * recursion.
 *
 * @internal
 */
export function checkDepth(root: unknown, limit = MAX_DOCUMENT_DEPTH): Issue | undefined {
  const stack: Frame[] = [{ value: root, depth: 0, key: '', parent: undefined }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { value, depth } = frame;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= limit) {
      return issue('too_deep', pathOf(frame), `the document nests deeper than ${limit} levels here`, { expected: `at most ${limit} levels` });
    }
    // Only containers get a frame: nothing else can nest.
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const child: unknown = value[i];
        if (child !== null && typeof child === 'object') stack.push({ value: child, depth: depth + 1, key: i, parent: frame });
      }
    } else {
      for (const key of Object.keys(value)) {
        const child: unknown = (value as Record<string, unknown>)[key];
        if (child !== null && typeof child === 'object') stack.push({ value: child, depth: depth + 1, key, parent: frame });
      }
    }
  }
  return undefined;
}

interface Frame {
  readonly value: unknown;
  readonly depth: number;
  readonly key: string | number;
  readonly parent: Frame | undefined;
}

function pathOf(frame: Frame): (string | number)[] {
  const path: (string | number)[] = [];
  for (let f: Frame | undefined = frame; f?.parent; f = f.parent) path.unshift(f.key);
  return path;
}
