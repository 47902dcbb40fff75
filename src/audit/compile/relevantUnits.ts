import type { Catalog } from '../../catalog/Catalog.js';
import type { Recognition } from '../../model/recognition.js';
import type { CompiledTree } from './CompiledTree.js';
import { compileFilter } from '../../rules/compileFilter.js';

/**
 * The units whose achievements could feed a program: those its leaves name
 * or pick, those its recognitions take, and, repeatedly, the parts of any
 * composite among them.
 *
 * @internal
 */
export function relevantUnits(catalog: Catalog, tree: CompiledTree, recognitions: readonly Recognition[], compileOf: (id: string) => CompiledTree | undefined): Set<string> {
  const found = new Set<string>();
  const queue: CompiledTree[] = [tree];
  const add = (id: string): void => {
    if (found.has(id)) return;
    found.add(id);
    const composite = id === tree.unit.id ? undefined : compileOf(id);
    if (composite) queue.push(composite);
  };
  for (const rec of recognitions) {
    const from = compileFilter(rec.from);
    for (const unit of catalog.units) if (from(unit)) add(unit.id);
  }
  while (queue.length > 0) {
    const current = queue.pop()!;
    for (const node of current.nodes) {
      if (node.unit !== undefined) add(node.unit);
      if (node.match) for (const unit of catalog.units) if (node.match(unit)) add(unit.id);
    }
  }
  return found;
}
