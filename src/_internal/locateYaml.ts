import { parseDocument, isNode, LineCounter } from 'yaml';
import type { Issue, IssuePath } from '../issues/Issue.js';

/**
 * Adds line and column to issues found in data read from YAML text: the
 * place of the node at the issue's path, or of the nearest node on the way
 * to it. Parses the text again, so it is called only when there are issues
 * to place, and only on text that has passed the checks of `parseText`.
 *
 * @internal
 */
export function locateYaml(text: string, issues: readonly Issue[]): Issue[] {
  if (issues.length === 0) return [];
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (doc.errors.length > 0) return [...issues];
  return issues.map((found) => {
    if (found.line !== undefined) return found;
    const offset = offsetOf(doc, found.path);
    if (offset === undefined) return found;
    const pos = lines.linePos(offset);
    return Object.freeze({ ...found, line: pos.line, column: pos.col });
  });
}

function offsetOf(doc: ReturnType<typeof parseDocument>, path: IssuePath): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return undefined;
}
