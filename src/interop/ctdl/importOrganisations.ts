import type { Organisation } from '../../model/organisation.js';
import type { CtdlValue } from './CtdlNode.js';
import type { ImportContext } from './ImportContext.js';
import { ctidIn, idFromNodeId } from './ctdlTerms.js';
import { isObject } from './readValues.js';
import { applyKept, ctdlExtensions } from './mergeExtension.js';

/**
 * The organisation a reference (`ownedBy`, `offeredBy`) names, registered
 * for {@link importOrganisations}: its id is its CTID, else its `@id`.
 * `undefined` for a value that names nothing.
 *
 * @internal
 */
export function organisationRef(ctx: ImportContext, v: CtdlValue): string | undefined {
  const node = ctx.graph.resolveValue(v);
  const id = node !== undefined ? ctx.idOf(node, 'credstack:organisation') : typeof v.value === 'string' ? (ctidIn(v.value) ?? idFromNodeId(v.value)) : undefined;
  if (id === undefined) return undefined;
  if (!ctx.organisations.has(id)) ctx.organisations.set(id, { node, path: v.path });
  return id;
}

/** The first organisation that offers, else owns, a node. @internal */
export function providerOf(ctx: ImportContext, values: readonly CtdlValue[]): string | undefined {
  for (const v of values) {
    const id = organisationRef(ctx, v);
    if (id !== undefined) return id;
  }
  return undefined;
}

/**
 * The organisations the import named, and every organisation node the
 * document holds: name, CTID as an external id, the rest kept in
 * `extensions.ctdl.node`. One the document names but does not hold is
 * titled by its id (reported).
 *
 * @internal
 */
export function importOrganisations(ctx: ImportContext): Organisation[] {
  for (const node of ctx.graph.nodes) {
    if (node.types.some((t) => t.endsWith('Organization'))) organisationRef(ctx, { value: node.raw, path: node.path });
  }
  return [...ctx.organisations].map(([id, { node, path }]) => {
    const org: Record<string, unknown> = { id, name: node === undefined ? undefined : ctx.text(node, 'name') };
    if (org['name'] === undefined) {
      ctx.warn('assumed', path, `the organisation "${id}" has no name in the document: its id was taken as its name`);
      org['name'] = id;
    }
    const ctid = node === undefined ? undefined : ctx.text(node, 'ctid');
    if (ctid !== undefined && ctid !== '') org['externalIds'] = [{ scheme: 'ctid', id: ctid }];
    const kept = node !== undefined && isObject(node.raw['credstack:organisation']) ? node.raw['credstack:organisation'] : undefined;
    const extensions = kept === undefined && node !== undefined ? ctdlExtensions({ node: node.unmapped(new Set(['ctid', 'name'])) }) : undefined;
    if (extensions !== undefined) org['extensions'] = extensions;
    applyKept(org, kept);
    return org as unknown as Organisation;
  });
}
