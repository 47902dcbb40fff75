import type { Unit } from '../../model/unit.js';
import type { ExportContext } from './ExportContext.js';
import { ctidOf, naturalId } from './ExportContext.js';
import { creditsAreNative, valueProfile } from './exportCredits.js';
import { exportCondition } from './exportCondition.js';
import { keepFields } from './keptUnit.js';
import { keptNode, mergeExtension } from './mergeExtension.js';
import { credentialKind } from './unitKinds.js';
import { conceptName } from './ctdlTerms.js';

const PATHWAY_OWN = new Set(['@id', '@type', 'ctid', 'name', 'description', 'hasDestinationComponent', 'hasPart']);
const DESTINATION_OWN = new Set(['@id', '@type', 'creditValue', 'hasCondition', 'isDestinationComponentOf']);

/**
 * The `ceterms:Pathway` a program is written as, and its destination
 * component: the pathway carries the program's CTID, title, description
 * and provider (`ceterms:ownedBy`) and lists every component in `hasPart`;
 * the destination is a `ceterms:CredentialComponent` (a `ceterms:Degree`
 * for a degree, else a `ceterms:Certificate`) with the program's credits
 * and its requirements as one condition. What CTDL has no place for is
 * kept under `credstack:unit` on the destination.
 *
 * @internal
 */
export function exportPathway(ctx: ExportContext, program: Unit, components: readonly string[], organisation: (id: string) => string): Record<string, unknown>[] {
  const pathwayId = ctx.nodeId(program, 'pathway');
  const destinationId = ctx.nodeId(program, 'destination');
  const keptPathway = keptNode(program.extensions, 'pathway');
  const pathway: Record<string, unknown> = { '@id': pathwayId, '@type': 'ceterms:Pathway' };
  const ctid = ctidOf(program);
  if (ctid !== undefined) pathway['ceterms:ctid'] = ctid;
  pathway['ceterms:name'] = ctx.text(program.title);
  if (program.description !== undefined) pathway['ceterms:description'] = ctx.text(program.description);
  const ownedElsewhere = keptPathway !== undefined && Object.keys(keptPathway).some((k) => /(ownedBy|offeredBy)$/.test(k));
  if (program.provider !== undefined && !ownedElsewhere) pathway['ceterms:ownedBy'] = [organisation(program.provider)];
  pathway['ceterms:hasDestinationComponent'] = [destinationId];
  pathway['ceterms:hasPart'] = [destinationId, ...components];
  mergeExtension(pathway, keptPathway, PATHWAY_OWN);
  const destination = destinationNode(ctx, program, destinationId, pathwayId);
  if (ctx.settings.credstack) destination['credstack:unit'] = keptProgram(ctx, program, pathway, destination, ownedElsewhere);
  else keptProgram(ctx, program, pathway, destination, ownedElsewhere);
  return [pathway, destination];
}

function destinationNode(ctx: ExportContext, program: Unit, id: string, pathwayId: string): Record<string, unknown> {
  const path = ctx.unitPath(program.id);
  const node: Record<string, unknown> = { '@id': id, '@type': 'ceterms:CredentialComponent', 'ceterms:name': ctx.text(program.title) };
  node['ceterms:credentialType'] = program.kind === 'degree' ? 'ceterms:Degree' : 'ceterms:Certificate';
  node['ceterms:isDestinationComponentOf'] = [pathwayId];
  node['ceterms:isPartOf'] = [pathwayId];
  if (program.credits !== undefined) node['ceterms:creditValue'] = [valueProfile(ctx, program.credits, [...path, 'credits'])];
  if (program.requirements !== undefined) node['ceterms:hasCondition'] = [exportCondition(ctx, program.requirements, [...path, 'requirements'])];
  const kept = keptNode(program.extensions, 'destination');
  const keptType = kept?.['ceterms:credentialType'];
  // The kept credential type stays when it still gives the program's kind.
  const own = typeof keptType === 'string' && programKind(keptType) === program.kind ? DESTINATION_OWN : new Set([...DESTINATION_OWN, 'credentialType']);
  mergeExtension(node, kept, own);
  return node;
}

function programKind(credentialType: string): 'degree' | 'certificate' {
  return credentialKind(conceptName(credentialType)) === 'degree' ? 'degree' : 'certificate';
}

function keptProgram(ctx: ExportContext, program: Unit, pathway: Record<string, unknown>, destination: Record<string, unknown>, ownedElsewhere: boolean): Record<string, unknown> {
  const path = ctx.unitPath(program.id);
  const rest: Record<string, unknown> = {};
  const ctid = typeof pathway['ceterms:ctid'] === 'string' ? pathway['ceterms:ctid'] : undefined;
  if (naturalId(String(pathway['@id']), ctid) !== program.id) rest['id'] = program.id;
  if (programKind(String(destination['ceterms:credentialType'])) !== program.kind) {
    rest['kind'] = program.kind;
    ctx.notExported([...path, 'kind'], `a program of kind "${program.kind}" (a pathway's destination is read as a degree or a certificate)`, 'credstack:unit');
  }
  if (!creditsAreNative(program.credits)) rest['credits'] = program.credits;
  const ids = program.externalIds ?? [];
  if (ids.length > 1 || (ids.length === 1 && ids[0]!.scheme !== 'ctid')) rest['externalIds'] = ids;
  if (program.prerequisites !== undefined) {
    rest['prerequisites'] = program.prerequisites;
    ctx.notExported([...path, 'prerequisites'], "a program's prerequisites", 'credstack:unit');
  }
  const { provider: _provider, ...withoutProvider } = program;
  keepFields(ctx, withoutProvider as Unit, rest, path);
  if (ownedElsewhere) rest['provider'] = program.provider ?? null;
  return rest;
}
