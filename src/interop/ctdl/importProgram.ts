import type { Unit } from '../../model/unit.js';
import type { CtdlNode } from './CtdlNode.js';
import type { ImportContext } from './ImportContext.js';
import { isRequirement, setTree, type Built, type RuleOwner } from './Built.js';
import { componentRule } from './componentRule.js';
import { itemFor } from './itemFor.js';
import { pathwayComponents, pathwayRoots } from './pathwayComponents.js';
import { providerOf } from './importOrganisations.js';
import { readCredits } from './readCredits.js';
import { credentialKind } from './unitKinds.js';
import { ctidIn, idFromNodeId } from './ctdlTerms.js';
import { isObject, readConcept } from './readValues.js';
import { applyKept, ctdlExtensions } from './mergeExtension.js';
import { unitKindSchema } from '../../model/unitKind.js';

const PATHWAY_MAPPED = new Set(['@type', 'ctid', 'name', 'description', 'hasDestinationComponent', 'hasPart', 'hasChild']);
const DESTINATION_MAPPED = new Set(['creditValue', 'hasCondition', 'hasChild', 'isChildOf', 'isDestinationComponentOf']);

/**
 * The program a pathway becomes. Its id is the pathway's CTID (else its
 * `@id`), its title and description the pathway's, its provider the first
 * organisation that offers, else owns, the pathway; its credits and kind
 * come from the destination component (a degree when its credential type
 * is a degree, a certificate otherwise), its requirements from the
 * destination's rule. A destination that states no rule is taken to require
 * every component nothing else leads to (reported). Every other component
 * of the pathway is queued to become a unit.
 *
 * @internal
 */
export function importProgram(ctx: ImportContext, pathway: CtdlNode, alone: boolean): Unit | undefined {
  const destination = destinationOf(ctx, pathway);
  if (destination === undefined) return undefined;
  ctx.programNodes.add(pathway).add(destination);
  const kept = isObject(destination.raw['credstack:unit']) ? destination.raw['credstack:unit'] : undefined;
  ctx.programId = typeof kept?.['id'] === 'string' && kept['id'] !== '' ? kept['id'] : programIdOf(ctx, pathway);
  const components = pathwayComponents(ctx, pathway, alone);
  for (const c of components) ctx.pathwayComponents.add(c);
  for (const c of components) if (!ctx.isProgram(c) && !c.is('SelectionComponent')) ctx.unitFor(c);
  const owner: RuleOwner = { notes: [] };
  const keptKind = unitKindSchema.safeParse(kept?.['kind']);
  const unit: Record<string, unknown> = { id: ctx.programId, kind: keptKind.success ? keptKind.data : kindOf(ctx, destination), title: ctx.text(pathway, 'name') ?? ctx.text(destination, 'name') };
  if (unit['title'] === undefined) {
    ctx.warn('assumed', pathway.path, `neither the pathway nor its destination has a name: the id "${ctx.programId}" was taken as the title`);
    unit['title'] = ctx.programId;
  }
  const description = ctx.text(pathway, 'description') ?? ctx.text(destination, 'description');
  if (description !== undefined) unit['description'] = description;
  const provider = providerOf(ctx, [...pathway.values('offeredBy'), ...pathway.values('ownedBy')]);
  if (provider !== undefined) unit['provider'] = provider;
  const credits = readCredits(ctx, destination.values('creditValue'));
  if (credits.credits !== undefined) unit['credits'] = credits.credits;
  setTree(unit, 'requirements', componentRule(ctx, destination, 1, owner) ?? fallback(ctx, pathway, components, owner));
  const ctid = ctx.text(pathway, 'ctid');
  if (ctid !== undefined && ctid !== '') unit['externalIds'] = [{ scheme: 'ctid', id: ctid }];
  const destinationMapped = new Set(credits.exact ? DESTINATION_MAPPED : [...DESTINATION_MAPPED].filter((t) => t !== 'creditValue'));
  const extensions = kept === undefined ? ctdlExtensions({ pathway: pathway.unmapped(PATHWAY_MAPPED), destination: destination.unmapped(destinationMapped), conditions: owner.notes }) : undefined;
  if (extensions !== undefined) unit['extensions'] = extensions;
  applyKept(unit, kept);
  return unit as unknown as Unit;
}

function destinationOf(ctx: ImportContext, pathway: CtdlNode): CtdlNode | undefined {
  const given = pathway.first('hasDestinationComponent');
  if (given !== undefined) {
    const node = ctx.graph.resolveValue(given);
    if (node === undefined) ctx.fail('unknown_reference', given.path, 'the pathway names a destination component the document does not hold');
    return node;
  }
  const claimed = ctx.graph.nodes.find((n) => n.values('isDestinationComponentOf').some((v) => ctx.graph.resolve(v.value) === pathway));
  if (claimed === undefined) ctx.fail('invalid_value', pathway.path, 'the pathway names no destination component (hasDestinationComponent)');
  return claimed;
}

function programIdOf(ctx: ImportContext, pathway: CtdlNode): string {
  const ctid = ctx.text(pathway, 'ctid');
  if (ctid !== undefined && ctid !== '') return ctid;
  if (pathway.id !== undefined) return ctidIn(pathway.id) ?? idFromNodeId(pathway.id);
  return 'pathway';
}

function kindOf(ctx: ImportContext, destination: CtdlNode): 'degree' | 'certificate' {
  const type = destination.values('credentialType').map((v) => readConcept(v.value)).find((t) => t !== undefined);
  const kind = type === undefined ? undefined : credentialKind(type);
  if (kind === 'degree') return 'degree';
  const said = type === undefined ? 'names no credential type' : kind === undefined ? `names the credential type ${type}, which credstack does not know` : `is a ${kind}`;
  if (kind !== 'certificate') ctx.warn('assumed', destination.path, `the destination ${said}: the program was imported as a certificate`);
  return 'certificate';
}

function fallback(ctx: ImportContext, pathway: CtdlNode, components: readonly CtdlNode[], owner: RuleOwner): Built {
  const roots = pathwayRoots(ctx, components);
  if (roots.length === 0) {
    ctx.warn('unmapped', pathway.path, 'neither the destination nor the pathway says what it requires: the program has no requirements');
    return 'met';
  }
  ctx.warn('assumed', pathway.path, 'the destination states no condition and no child: every component nothing else leads to was taken as required');
  const items = roots.map((c) => itemFor(ctx, { value: c.raw, path: c.path }, roots.length > 1 ? 2 : 1, owner));
  const real = items.filter(isRequirement);
  if (items.includes(null)) return null;
  return real.length === 1 ? real[0]! : real.length === 0 ? 'met' : { all: real };
}
