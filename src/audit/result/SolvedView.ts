import type { Solved, SolvedTree } from '../pipeline/solveTree.js';

/** Where a tree node's outcome lives: the solved problem and its index there. @internal */
export interface NodeLocation {
  readonly solved: Solved;
  readonly index: number;
}

/**
 * Finds, for each tree node, the problem that decided it (an overlay's own,
 * or the main one) and its index in that problem.
 *
 * @internal
 */
export function locateNodes(solved: SolvedTree): Map<number, NodeLocation> {
  const out = new Map<number, NodeLocation>();
  for (const s of [solved.main, ...solved.overlays.values()]) {
    s.built.treeIndex.forEach((t, index) => {
      const fixedHere = s.built.problem.nodes[index]!.fixed !== undefined;
      if (!fixedHere || !out.has(t)) out.set(t, { solved: s, index });
    });
  }
  return out;
}
