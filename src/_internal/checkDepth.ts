import type { Issue } from '../issues/Issue.js';
import { MAX_DOCUMENT_DEPTH, readData } from './readData.js';

export { MAX_DOCUMENT_DEPTH };

/**
 * Finds the first place where plain data nests deeper than `limit`, without
 * recursion (see {@link readData}, which also counts and copies).
 *
 * @internal
 */
export function checkDepth(root: unknown, limit = MAX_DOCUMENT_DEPTH): Issue | undefined {
  const read = readData(root, { maxNodes: Number.POSITIVE_INFINITY, copy: false, maxDepth: limit });
  return read.ok ? undefined : read.issue;
}
