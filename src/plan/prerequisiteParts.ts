import type { Catalog } from '../catalog/Catalog.js';

/**
 * The units a prerequisite on each of these ids comes down to: a unit
 * itself, or for a composite, the units it stacks from, all the way down
 * (a composite is earned when its last part is).
 *
 * @internal
 */
export function prerequisiteParts(ids: Iterable<string>, catalog: Catalog): Set<string> {
  const out = new Set<string>();
  const seen = new Set<string>();
  const visit = (id: string): void => {
    if (seen.has(id)) return;
    seen.add(id);
    if (catalog.unit(id)?.requirements) catalog.partsOf(id).forEach(visit);
    else out.add(id);
  };
  for (const id of ids) visit(id);
  return out;
}
