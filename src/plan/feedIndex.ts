import type { CompiledProgram } from '../audit/compile/CompiledProgram.js';
import type { CompiledTree } from '../audit/compile/CompiledTree.js';
import type { Recognition } from '../model/recognition.js';
import type { Unit } from '../model/unit.js';
import { compileFilter } from '../rules/compileFilter.js';

/** A leaf of the program or of one of its composites: the tree (in {@link FeedIndex.trees}) and the node's index in it. */
export interface FeedLeaf {
  readonly tree: number;
  readonly node: number;
}

/**
 * Which leaves each catalog unit could feed, read once for a plan: every
 * rule of the program and its composites, and every recognition's `from`,
 * tried on every unit of the catalog once, instead of again for each
 * question a plan asks of a unit (its candidates, twins, useful copies,
 * assumed grade and bound).
 *
 * @internal
 */
export interface FeedIndex {
  /** The program's tree first, then its composites. */
  readonly trees: readonly CompiledTree[];
  /** Leaves (and nodes naming a unit) each unit matches, by unit id; absent when none. */
  readonly leaves: ReadonlyMap<string, readonly FeedLeaf[]>;
  /** The recognitions whose `from` takes each unit, by unit id. */
  readonly sources: ReadonlyMap<string, readonly Recognition[]>;
  /** Whether a unit (a catalog unit, or a grant's stand-in) feeds a node: from the index for catalog units, by the node's rule otherwise. */
  readonly feeds: (unit: Unit, tree: number, node: number) => boolean;
}

/**
 * Reads the program's rules over the catalog's units once.
 *
 * @internal
 */
export function feedIndex(compiled: CompiledProgram): FeedIndex {
  const { catalog } = compiled;
  const trees: readonly CompiledTree[] = [compiled.tree, ...compiled.composites];
  const leaves = new Map<string, FeedLeaf[]>();
  const add = (id: string, leaf: FeedLeaf): void => {
    const list = leaves.get(id);
    if (list) list.push(leaf);
    else leaves.set(id, [leaf]);
  };
  trees.forEach((tree, t) => {
    for (const node of tree.nodes) {
      if (node.unit !== undefined) add(node.unit, { tree: t, node: node.index });
      if (node.match) for (const u of catalog.units) if (u.id !== node.unit && node.match(u)) add(u.id, { tree: t, node: node.index });
    }
  });
  const sources = new Map<string, Recognition[]>();
  for (const rec of compiled.recognitions) {
    const from = compileFilter(rec.from);
    for (const u of catalog.units) if (from(u)) (sources.get(u.id) ?? sources.set(u.id, []).get(u.id)!).push(rec);
  }
  const sets = trees.map(() => new Map<string, Set<number>>());
  for (const [id, list] of leaves) for (const l of list) (sets[l.tree]!.get(id) ?? sets[l.tree]!.set(id, new Set()).get(id)!).add(l.node);
  const feeds = (unit: Unit, tree: number, node: number): boolean => {
    if (catalog.unit(unit.id) === unit) return sets[tree]!.get(unit.id)?.has(node) === true;
    const n = trees[tree]!.nodes[node]!;
    return n.unit === unit.id || n.match?.(unit) === true;
  };
  return { trees, leaves, sources, feeds };
}
