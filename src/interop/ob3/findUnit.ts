import type { Catalog } from '../../catalog/Catalog.js';
import type { Unit } from '../../model/unit.js';
import { json } from '../vc/values.js';

const CTID = /\/(ce-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[/?#]|$)/i;

/**
 * The catalog unit an Open Badges achievement is an achievement of, and how
 * it was found: a unit listing the achievement id as an `ob3` external id;
 * a unit whose id is the achievement id; or an alignment naming a unit (its
 * `targetUrl` as an `ob3` or `url` external id, a Credential Registry
 * resource URL by its CTID, or its `targetCode` as a unit id).
 *
 * @internal
 */
export function findUnit(catalog: Catalog, achievementId: string, achievement: Readonly<Record<string, unknown>>): { unit: Unit; via: string } | undefined {
  const direct = catalog.unitByExternalId('ob3', achievementId) ?? catalog.unit(achievementId);
  if (direct) return { unit: direct, via: 'its achievement id' };
  for (const [i, alignment] of json.list(achievement['alignment']).entries()) {
    const unit = byAlignment(catalog, alignment);
    if (unit) return { unit, via: `alignment[${i}]` };
  }
  return undefined;
}

function byAlignment(catalog: Catalog, alignment: unknown): Unit | undefined {
  const url = json.text(json.get(alignment, 'targetUrl'));
  if (url !== undefined) {
    const ctid = CTID.exec(url)?.[1]?.toLowerCase();
    const unit = catalog.unitByExternalId('ob3', url) ?? catalog.unitByExternalId('url', url) ?? (ctid === undefined ? undefined : catalog.unitByExternalId('ctid', ctid));
    if (unit) return unit;
  }
  const code = json.text(json.get(alignment, 'targetCode'));
  return code === undefined ? undefined : catalog.unit(code);
}
