import type { Issue } from '../issues/Issue.js';
import { positionsOf } from './positionsOf.js';
import { scanJson } from './scanJson.js';

interface PathNode {
  readonly children: Map<string | number, PathNode>;
  offset?: number;
}

/**
 * Adds line and column to issues found in data read from JSON text: the
 * place of the value at the issue's path, or of the nearest value on the
 * way to it when the path leads to something absent (a missing field). One
 * scan of the text for all the issues, without building values.
 *
 * @internal
 */
export function locateJson(text: string, issues: readonly Issue[]): Issue[] {
  if (issues.length === 0) return [];
  const root: PathNode = { children: new Map() };
  for (const found of issues) {
    let node = root;
    for (const key of found.path) {
      let next = node.children.get(key);
      if (!next) node.children.set(key, (next = { children: new Map() }));
      node = next;
    }
  }
  scanJson(text, {
    value(path, offset) {
      let node: PathNode | undefined = root;
      for (let i = 0; i < path.length && node; i++) node = node.children.get(path[i]!);
      if (node && node.offset === undefined) node.offset = offset;
    },
  });
  const offsets = issues.map((found) => nearestOffset(root, found.path));
  const positions = positionsOf(text, offsets.filter((o): o is number => o !== undefined));
  return issues.map((found, i) => {
    const at = offsets[i] === undefined ? undefined : positions.get(offsets[i]!);
    return at === undefined || found.line !== undefined ? found : Object.freeze({ ...found, line: at.line, column: at.column });
  });
}

function nearestOffset(root: PathNode, path: readonly (string | number)[]): number | undefined {
  let node: PathNode | undefined = root;
  let best = root.offset;
  for (const key of path) {
    node = node.children.get(key);
    if (!node || node.offset === undefined) break;
    best = node.offset;
  }
  return best;
}
