/**
 * Who lists each node as a child, in flat typed arrays.
 *
 * @internal
 */
import type { AllocationProblem } from './AllocationProblem.js';

/**
 * Per node, the nodes that list it as a child (each once, ascending): those
 * of node `x` are `list[start[x]]` up to `list[start[x + 1]]`. Two typed
 * arrays, not an array per node, since a wide tree has tens of thousands
 * of nodes and is read once per audit.
 *
 * @internal
 */
export interface ParentIndex {
  readonly start: Int32Array;
  readonly list: Int32Array;
}

/**
 * The parents of every node of a problem. Children out of range are
 * ignored; a parent listing a child twice is its parent once.
 *
 * @param problem - the problem
 * @returns per node, its parents
 * @internal
 */
export function parentIndex(problem: AllocationProblem): ParentIndex {
  const size = problem.nodes.length;
  const start = new Int32Array(size + 1);
  const last = new Int32Array(size).fill(-1);
  const each = (visit: (p: number, c: number) => void): void => {
    last.fill(-1);
    for (let p = 0; p < size; p++) {
      const children = problem.nodes[p]!.children;
      for (let k = 0; k < children.length; k++) {
        const c = children[k]!;
        if (c < 0 || c >= size || last[c] === p) continue;
        last[c] = p;
        visit(p, c);
      }
    }
  };
  each((_, c) => void (start[c + 1]! += 1));
  for (let x = 0; x < size; x++) start[x + 1]! += start[x]!;
  const list = new Int32Array(start[size]!);
  const fill = start.slice(0, size);
  each((p, c) => void (list[fill[c]!++] = p));
  return { start, list };
}

/**
 * The parents of node `x`.
 *
 * @param parents - the index
 * @param x - a node
 * @returns a view of its parents (no copy)
 * @internal
 */
export function parentsOf(parents: ParentIndex, x: number): Int32Array {
  return parents.list.subarray(parents.start[x]!, parents.start[x + 1]!);
}
