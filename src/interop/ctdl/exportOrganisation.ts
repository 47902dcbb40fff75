import type { Organisation } from '../../model/organisation.js';
import type { ExportContext } from './ExportContext.js';
import { ctidOf, naturalId } from './ExportContext.js';
import { keptNode, mergeExtension } from './mergeExtension.js';

const OWN = new Set(['@id', 'ctid', 'name']);

/**
 * The `ceterms:CredentialOrganization` an organisation is written as: its
 * name and CTID. Its country, kind and accreditations have no place in
 * CTDL's organisation references here: reported, and kept under
 * `credstack:organisation`.
 *
 * @internal
 */
export function exportOrganisation(ctx: ExportContext, organisation: Organisation, index: number): Record<string, unknown> {
  const path = ['organisations', index];
  const node: Record<string, unknown> = { '@id': ctx.nodeId(organisation), '@type': 'ceterms:CredentialOrganization' };
  const ctid = ctidOf(organisation);
  if (ctid !== undefined) node['ceterms:ctid'] = ctid;
  node['ceterms:name'] = ctx.text(organisation.name);
  mergeExtension(node, keptNode(organisation.extensions, 'node'), OWN);
  const rest: Record<string, unknown> = {};
  if (naturalId(String(node['@id']), ctid) !== organisation.id) rest['id'] = organisation.id;
  const ids = organisation.externalIds ?? [];
  if (ids.length > 1 || (ids.length === 1 && ids[0]!.scheme !== 'ctid')) rest['externalIds'] = ids;
  for (const [field, value] of Object.entries(organisation)) {
    if (['id', 'name', 'externalIds', 'extensions'].includes(field) || value === undefined) continue;
    rest[field] = value;
    ctx.notExported([...path, field], `an organisation's ${field}`, 'credstack:organisation');
  }
  if (organisation.extensions !== undefined) rest['extensions'] = organisation.extensions;
  if (ctx.settings.credstack) node['credstack:organisation'] = rest;
  return node;
}
