import type { Recognition } from '../../model/recognition.js';
import type { Unit } from '../../model/unit.js';
import type { Catalog } from '../../catalog/Catalog.js';
import type { Candidate } from '../Candidate.js';

/**
 * The candidates a recognition grants for one source: one per granted unit
 * (carrying that unit's credits, or an even share of `grants.credits` when
 * both are given), or, when only credit is granted, one stand-in unit built
 * from the source with the grant's credits, tags and subjects. Each keeps
 * the source's date, grade, issuer and achievements; those granted together
 * may be applied together.
 *
 * @internal
 */
export function grantCandidates(rec: Recognition, source: Candidate, catalog: Catalog): Candidate[] {
  const group = `${rec.id}:${source.key}`;
  const base = {
    earnedOn: source.earnedOn,
    ...(source.grade && { grade: source.grade }),
    ...(source.issuer !== undefined && { issuer: source.issuer }),
    verified: source.verified,
    lookAhead: source.lookAhead,
    ...(source.undated && { undated: true as const }),
    roots: source.roots,
    ...(source.exclusive && { exclusive: source.exclusive }),
    grantGroup: group,
    provenance: { kind: 'recognized' as const, recognition: rec.id, from: source.key },
  };
  const units = (rec.grants.units ?? []).map((id) => catalog.unit(id)).filter((u): u is Unit => u !== undefined);
  if (units.length > 0) {
    const share = rec.grants.credits && { value: rec.grants.credits.value / units.length, system: rec.grants.credits.system };
    return units.map((unit) => {
      const credits = share ?? unit.credits;
      return { ...base, key: `${group}:${unit.id}`, unit, unitId: unit.id, ...(credits && { credits }) };
    });
  }
  const grant = rec.grants;
  const standIn: Unit = {
    ...source.unit,
    title: `${source.unit.title} (recognised through ${rec.title ?? rec.id})`,
    ...(grant.credits && { credits: grant.credits }),
    ...(grant.subjects && { subjects: grant.subjects }),
    ...(grant.tags && { tags: grant.tags }),
  };
  return [{ ...base, key: group, unit: standIn, unitId: source.unitId, ...(grant.credits && { credits: grant.credits }) }];
}
