import type { CompiledProgram } from '../audit/compile/CompiledProgram.js';
import type { CompiledTree } from '../audit/compile/CompiledTree.js';
import type { Unit } from '../model/unit.js';
import { feedIndex, type FeedIndex } from './feedIndex.js';

/**
 * The most units like this one (interchangeable to every rule) a plan could
 * need: for every leaf of the program and its composites that takes it, as
 * many as that leaf's minimum asks for (its count, or its credits in units
 * of this one's credits), and as many again for each inner minimum above
 * such a leaf and each tree's credit total; a source of a recognition may
 * feed any leaf of the program. A plan never needs more: beyond these, a
 * unit is applied nowhere, or where the minimum is met without it.
 *
 * @internal
 */
export function usefulCopies(unit: Unit, compiled: CompiledProgram, index: FeedIndex = feedIndex(compiled)): number {
  const { catalog } = compiled;
  const copies = (tree: CompiledTree, count: number | undefined, credits: number | undefined): number => {
    let need = count ?? 0;
    if (credits !== undefined && credits > 0) {
      const system = tree.unit.policies?.creditSystem ?? tree.unit.credits?.system;
      const each = !unit.credits ? 0 : system === undefined ? unit.credits.value : (catalog.creditSystems.convert(unit.credits, system)?.value ?? 0);
      if (each > 0) need = Math.max(need, Math.ceil(credits / each - 1e-9));
    }
    return need;
  };
  const treeNeed = (tree: CompiledTree, takes: (node: CompiledTree['nodes'][number]) => boolean): number => {
    let total = 0;
    let any = false;
    const marked = new Set<number>();
    for (const node of tree.nodes) {
      if (node.leafMin === undefined || !takes(node)) continue;
      any = true;
      total += copies(tree, node.leafMin.count, node.leafMin.credits);
      for (let up = node.parent; up !== undefined; up = tree.nodes[up]!.parent) marked.add(up);
    }
    for (const i of marked) total += copies(tree, tree.nodes[i]!.min.count, tree.nodes[i]!.min.credits);
    if (any) total += copies(tree, undefined, tree.unit.policies?.totalCredits);
    return total;
  };
  let total = 0;
  index.trees.forEach((tree, t) => (total += treeNeed(tree, (node) => index.feeds(unit, t, node.index))));
  if ((index.sources.get(unit.id)?.length ?? 0) > 0) total += treeNeed(compiled.tree, () => true);
  return Math.max(1, total);
}
