import type { Organisation } from '../../model/organisation.js';
import { isObject, type EdcNode, type EdcReader } from './EdcReader.js';
import { alpha2Of } from './alpha2Of.js';
import { keepRest } from './keepRest.js';

const COUNTRY_CONCEPT = /\/country\/([A-Za-z0-9]{2,3})$/;

/**
 * An organisation of the catalog from an ELM Organisation (an awarding
 * body or the credential's issuer): its id, its `legalName` as `name`, and
 * its country from `location.address.countryCode` (else the `spatial` of
 * its `registration`), as an ISO 3166-1 alpha-2 code. What is not mapped
 * stays in `extensions.edc`. `undefined`, with an issue, for an
 * organisation without an id.
 *
 * @internal
 */
export function readOrganisation(reader: EdcReader, node: EdcNode): Organisation | undefined {
  const id = reader.id(node);
  if (id === undefined) return reader.fail('invalid_type', reader.field(node, 'id'), 'an organisation needs an id to be referred to');
  if (!isObject(node.value)) return { id, name: id };
  const legalName = reader.field(node, 'legalName');
  const name = reader.text(legalName) ?? reader.text(reader.field(node, 'altLabel')) ?? id;
  const country = readCountry(reader, node);
  const exact = [...(node.value['id'] === id ? ['id'] : []), ...(legalName.value === name ? ['legalName'] : [])];
  const rest = keepRest(node.value, exact);
  return { id, name, ...(country !== undefined && { country }), ...(rest !== undefined && { extensions: { edc: rest } }) };
}

function readCountry(reader: EdcReader, organisation: EdcNode): string | undefined {
  const addresses = reader.items(reader.field(organisation, 'location')).flatMap((l) => reader.items(reader.field(l, 'address')));
  const registrations = reader.items(reader.field(organisation, 'registration'));
  const concepts = [
    ...addresses.map((a) => reader.field(a, 'countryCode')),
    ...registrations.map((r) => reader.field(r, 'spatial')),
  ].flatMap((c) => reader.items(c));
  for (const concept of concepts) {
    const code = COUNTRY_CONCEPT.exec(reader.id(concept) ?? '')?.[1] ?? notation(reader, concept);
    if (code === undefined) continue;
    const alpha2 = code.length === 2 ? code.toUpperCase() : alpha2Of(code);
    if (alpha2 !== undefined) return alpha2;
    reader.warn('assumed', concept, `the country code "${code}" is not an ISO 3166-1 code credstack knows; the organisation's country is left as given`);
    return code;
  }
  return undefined;
}

/** A concept's notation, when it is a code (some publishers write `country` there, the name of the table). */
function notation(reader: EdcReader, concept: EdcNode): string | undefined {
  const value = reader.field(concept, 'notation').value;
  return typeof value === 'string' && /^[A-Z]{2,3}$/.test(value) ? value : undefined;
}
