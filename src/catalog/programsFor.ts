import type { Unit } from '../model/unit.js';
import type { CatalogRelation } from './CatalogRelation.js';
import { forEachRequirementNode } from '../rules/forEachRequirementNode.js';
import { compileFilter } from '../rules/compileFilter.js';

/**
 * For every unit, the programs (and requirement nodes) it can count toward:
 * named by a `unit` node, or picked by a `select` filter. A program never
 * counts toward itself.
 *
 * @internal
 */
export function programsFor(units: readonly Unit[], programs: readonly Unit[]): Map<string, CatalogRelation[]> {
  const out = new Map<string, CatalogRelation[]>();
  const add = (from: string, to: string, via: string): void => {
    if (from === to) return;
    const list = out.get(from) ?? [];
    if (!list.some((r) => r.to === to && r.via === via)) list.push({ from, to, kind: 'counts-toward', via });
    out.set(from, list);
  };
  for (const program of programs) {
    if (!program.requirements) continue;
    forEachRequirementNode(program.requirements, program.id, [], ({ node, id }) => {
      if ('unit' in node) add(node.unit, program.id, id);
      if ('select' in node) {
        const test = compileFilter(node.select);
        for (const unit of units) if (test(unit)) add(unit.id, program.id, id);
      }
    });
  }
  return out;
}
