import type { Unit } from '../../model/unit.js';
import type { Recognition } from '../../model/recognition.js';
import type { Requirement } from '../../model/requirement.js';
import type { Catalog } from '../../catalog/Catalog.js';
import { unitReferences } from '../../catalog/unitReferences.js';
import { compileFilter } from '../../rules/compileFilter.js';
import { forEachRequirementNode } from '../../rules/forEachRequirementNode.js';

/**
 * The units an export writes, in catalog order: the components of the
 * program's pathway (every unit its requirements name or select, and, in
 * turn, what their own requirements and prerequisites name or select) and
 * the resources the transfer values name (their sources, what they grant,
 * their program, with what those need) that are not components. The
 * program is neither.
 *
 * @internal
 */
export function exportUnits(catalog: Catalog, program: Unit | undefined, recognitions: readonly Recognition[]): { components: Unit[]; resources: Unit[] } {
  const components = program === undefined ? new Set<string>() : reach(catalog, [...needs(catalog, program)]);
  const named = recognitions.flatMap((r) => [...catalog.select(r.from).map((u) => u.id), ...(r.grants.units ?? []), ...(r.program === undefined ? [] : [r.program])]);
  const resources = reach(catalog, named);
  const outside = (id: string): boolean => id !== program?.id && !components.has(id);
  return {
    components: catalog.units.filter((u) => components.has(u.id) && u.id !== program?.id),
    resources: catalog.units.filter((u) => resources.has(u.id) && outside(u.id)),
  };
}

/** Every unit reachable from these, through what each needs. */
function reach(catalog: Catalog, start: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...start];
  while (stack.length > 0) {
    const id = stack.pop()!;
    const unit = catalog.unit(id);
    if (unit === undefined || seen.has(id)) continue;
    seen.add(id);
    stack.push(...needs(catalog, unit));
  }
  return seen;
}

/** The units a unit's requirements and prerequisites name or select. */
function needs(catalog: Catalog, unit: Unit): string[] {
  return [...named(catalog, unit.requirements, unit.id), ...named(catalog, unit.prerequisites, unit.id)];
}

function named(catalog: Catalog, tree: Requirement | undefined, rootId: string): string[] {
  if (tree === undefined) return [];
  const out = unitReferences(tree);
  forEachRequirementNode(tree, rootId, [], ({ node }) => {
    if ('select' in node) out.push(...catalog.units.filter(compileFilter(node.select)).map((u) => u.id));
  });
  return out;
}
