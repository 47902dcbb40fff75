import type { Catalog } from '../../catalog/Catalog.js';
import type { Organisation } from '../../model/organisation.js';
import { readText } from '../vc/readText.js';
import { json } from '../vc/values.js';

/**
 * The id a catalog gives the organisation an Open Badges Profile id names:
 * an organisation with that id, or one listing it as an `ob3` external id.
 *
 * @internal
 */
export function catalogOrganisation(catalog: Catalog | undefined, profileId: string): string | undefined {
  if (!catalog) return undefined;
  if (catalog.organisation(profileId)) return profileId;
  return catalog.organisations.find((o) => o.externalIds?.some((e) => e.scheme === 'ob3' && e.id === profileId))?.id;
}

/**
 * An organisation for an Open Badges Profile (an issuer, creator or
 * endorser), id for id: its name (the id when it has none), its country
 * when the address gives an ISO code, the Profile id as an `ob3` external
 * id, and the Profile as received in `extensions.ob3`.
 *
 * @internal
 */
export function organisationOf(id: string, profile: Readonly<Record<string, unknown>> | undefined, language?: string): Organisation {
  const name = readText(profile?.['name'], language) ?? id;
  const code = json.text(json.get(profile?.['address'], 'addressCountryCode'));
  return {
    id,
    name,
    ...(code !== undefined && /^[A-Za-z]{2}$/.test(code) && { country: code.toUpperCase() }),
    externalIds: [{ scheme: 'ob3', id }],
    ...(profile && { extensions: { ob3: profile } }),
  };
}
