import type { Solved, SolvedTree } from '../pipeline/solveTree.js';

/**
 * Where each tree node's outcome lives: the solved problem that decided it
 * and its index there, per tree node (`solved` undefined for a node no
 * problem holds). Two arrays rather than an object per node: a wide tree has
 * tens of thousands.
 *
 * @internal
 */
export interface NodeLocations {
  readonly solved: readonly (Solved | undefined)[];
  readonly index: Int32Array;
}

/**
 * Finds, for each tree node, the problem that decided it (an overlay's own,
 * or the main one) and its index in that problem.
 *
 * @param solved - the solved tree
 * @param size - the number of tree nodes
 * @returns per tree node, its problem and index there
 * @internal
 */
export function locateNodes(solved: SolvedTree, size: number): NodeLocations {
  const where = new Array<Solved | undefined>(size).fill(undefined);
  const index = new Int32Array(size).fill(-1);
  for (const s of [solved.main, ...solved.overlays.values()]) {
    const { treeIndex, problem } = s.built;
    for (let k = 0; k < treeIndex.length; k++) {
      const t = treeIndex[k]!;
      if (problem.nodes[k]!.fixed === undefined || where[t] === undefined) {
        where[t] = s;
        index[t] = k;
      }
    }
  }
  return { solved: where, index };
}
