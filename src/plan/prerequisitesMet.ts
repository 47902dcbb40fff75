import type { Requirement } from '../model/requirement.js';
import type { Unit } from '../model/unit.js';
import { compileFilter } from '../rules/compileFilter.js';
import { requirementChildren } from '../rules/forEachRequirementNode.js';

/**
 * Whether a unit's prerequisites are met by a set of units held or planned.
 * Read as a plan reads them: a `unit` leaf wants that unit, a `select` leaf
 * its minimum count of matching units (one when it states none), `all`,
 * `any` and `atLeast` as in programs. Grade bars are taken as met: a plan
 * assumes each unit is passed well enough for what follows it.
 *
 * @param rule - the unit's `prerequisites`
 * @param has - whether a unit is held or planned
 * @param units - the catalog's units, for `select` leaves
 * @internal
 */
export function prerequisitesMet(rule: Requirement, has: (id: string) => boolean, units: readonly Unit[]): boolean {
  if ('unit' in rule) return has(rule.unit);
  if ('select' in rule) {
    const match = compileFilter(rule.select);
    const want = rule.min?.count ?? 1;
    let found = 0;
    for (const u of units) if (match(u) && has(u.id) && ++found >= want) return true;
    return found >= want;
  }
  const kids = requirementChildren(rule);
  const met = kids.filter((k) => prerequisitesMet(k, has, units)).length;
  if ('all' in rule) return met === kids.length;
  if ('any' in rule) return met >= 1;
  return met >= rule.atLeast;
}
