import type { CompiledTree } from '../audit/compile/CompiledTree.js';

/**
 * Whether one achievement could ever complete a composite: a lower bound on
 * the achievements its tree needs (a leaf at least one, or its `min.count`;
 * `all` the sum of its children, `any` the least, `atLeast n` the n least;
 * `share` overlays nothing, since they consume nothing) is at most one.
 * When it is not, a part of it held alone cannot stack into it, and the
 * map need not audit that part on its own account.
 *
 * @internal
 */
export function completableAlone(tree: CompiledTree): boolean {
  const need = new Array<number>(tree.nodes.length).fill(0);
  for (let i = tree.nodes.length - 1; i >= 0; i--) {
    const node = tree.nodes[i]!;
    if (node.kind === 'unit' || node.kind === 'select') {
      need[i] = Math.max(1, node.min.count ?? 0);
      continue;
    }
    const children = node.children.filter((c) => !tree.nodes[c]!.overlay).map((c) => need[c]!).sort((a, b) => a - b);
    const taken = node.kind === 'all' ? children : children.slice(0, node.kind === 'any' ? 1 : node.need);
    need[i] = Math.max(taken.reduce((sum, n) => sum + n, 0), node.min.count ?? 0);
  }
  return (need[0] ?? 0) <= 1;
}
