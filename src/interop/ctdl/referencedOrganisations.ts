import type { Unit } from '../../model/unit.js';
import type { Recognition } from '../../model/recognition.js';
import type { Organisation } from '../../model/organisation.js';
import type { Catalog } from '../../catalog/Catalog.js';

/**
 * The organisations an export must write so that what it writes names
 * nothing missing: the units' providers and residency institutions, the
 * recognitions' institutions and accreditors, and, in turn, the bodies
 * that accredit those. In catalog order.
 *
 * @internal
 */
export function referencedOrganisations(catalog: Catalog, units: readonly Unit[], recognitions: readonly Recognition[]): Organisation[] {
  const wanted = new Set<string>();
  for (const unit of units) {
    if (unit.provider !== undefined) wanted.add(unit.provider);
    if (unit.policies?.residency?.institution !== undefined) wanted.add(unit.policies.residency.institution);
  }
  for (const r of recognitions) {
    wanted.add(r.institution);
    if (r.conditions?.issuerAccreditedBy !== undefined) wanted.add(r.conditions.issuerAccreditedBy);
  }
  const stack = [...wanted];
  while (stack.length > 0) {
    for (const a of catalog.organisation(stack.pop()!)?.accreditations ?? []) {
      if (!wanted.has(a.by)) stack.push(a.by);
      wanted.add(a.by);
    }
  }
  return catalog.organisations.filter((o) => wanted.has(o.id));
}
