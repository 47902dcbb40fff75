import type { CompiledTree } from '../compile/CompiledTree.js';
import type { Unit } from '../../model/unit.js';

/**
 * Whether a unit could be taken by a leaf of some tree other than the named
 * composite's: the program's or another composite's. Narrowing qualifiers
 * are not looked at; the answer only says whether stacking should look for
 * a way to complete the composite without it.
 *
 * @internal
 */
export type WantedElsewhere = (unit: Unit, composite: string) => boolean;

/**
 * Builds {@link WantedElsewhere} over the program's tree and the composites
 * that may stack toward it.
 *
 * @param trees - the program's tree and the composites' trees
 * @returns the predicate
 * @internal
 */
export function wantedElsewhere(trees: readonly CompiledTree[]): WantedElsewhere {
  const byUnit = new Map<string, Set<string>>();
  const selects: { owner: string; match: (unit: Unit) => boolean }[] = [];
  for (const tree of trees) {
    for (const node of tree.nodes) {
      if (node.kind === 'unit') (byUnit.get(node.unit!) ?? byUnit.set(node.unit!, new Set()).get(node.unit!)!).add(tree.unit.id);
      else if (node.kind === 'select') selects.push({ owner: tree.unit.id, match: node.match! });
    }
  }
  return (unit, composite) => {
    const owners = byUnit.get(unit.id);
    if (owners && (owners.size > 1 || !owners.has(composite))) return true;
    return selects.some((s) => s.owner !== composite && s.match(unit));
  };
}
