import type { Unit } from '../../model/unit.js';
import type { Requirement } from '../../model/requirement.js';
import type { ExportContext } from './ExportContext.js';
import { ctidOf } from './ExportContext.js';
import { valueProfile } from './exportCredits.js';
import { exportCondition, isPlainLeaf } from './exportCondition.js';
import { keptUnit } from './keptUnit.js';
import { keptNode, mergeExtension } from './mergeExtension.js';
import { componentClass, credentialClass, isCredentialKind, naturalKind, resourceClass } from './unitKinds.js';
import { conceptName } from './ctdlTerms.js';

/** Terms an export writes from the catalog, over what an import kept. */
const OWN = new Set(['@id', '@type', 'credentialType', 'ctid', 'name', 'description', 'creditValue', 'hasCondition', 'prerequisite']);

/**
 * The node a unit is written as: a pathway component (`pathway` given) of
 * the class its kind calls for (a course, assessment, credential or work
 * experience component), with its conditions (`requirements`) and its
 * `prerequisite`s; or, outside the pathway, a resource of the class its
 * kind calls for (`ceterms:Course`, `ceterms:AssessmentProfile`, a
 * credential class). Name, description, CTID and credits are written as
 * CTDL; the rest is reported and kept under `credstack:unit`.
 *
 * @internal
 */
export function exportUnitNode(ctx: ExportContext, unit: Unit, pathway: string | undefined): Record<string, unknown> {
  const path = ctx.unitPath(unit.id);
  const kept = keptNode(unit.extensions, 'node');
  const node: Record<string, unknown> = { '@id': ctx.nodeId(unit), ...classOf(unit, kept, pathway !== undefined) };
  const ctid = ctidOf(unit);
  if (ctid !== undefined) node['ceterms:ctid'] = ctid;
  node['ceterms:name'] = ctx.text(unit.title);
  if (unit.description !== undefined) node['ceterms:description'] = ctx.text(unit.description);
  if (unit.credits !== undefined) node['ceterms:creditValue'] = [valueProfile(ctx, unit.credits, [...path, 'credits'])];
  if (pathway !== undefined) {
    if (unit.requirements !== undefined) node['ceterms:hasCondition'] = [exportCondition(ctx, unit.requirements, [...path, 'requirements'])];
    if (unit.requirements !== undefined && !isCredentialKind(unit.kind)) {
      if (ctx.settings.credstack) node['credstack:conditions'] = 'requirements';
      else ctx.notExported([...path, 'requirements'], 'the requirements of a unit that is not a credential (CTDL reads them as what leads to it)', 'credstack:conditions');
    }
    const refs = prerequisiteRefs(unit.prerequisites);
    if (refs !== undefined) node['ceterms:prerequisite'] = refs.map((id) => ctx.unitNodeId(id));
    node['ceterms:isPartOf'] = [pathway];
  }
  mergeExtension(node, kept, OWN);
  if (ctx.settings.credstack) node['credstack:unit'] = keptUnit(ctx, unit, node, pathway !== undefined);
  else keptUnit(ctx, unit, node, pathway !== undefined);
  return node;
}

/**
 * The units a unit's prerequisites name when CTDL can say them: one plain
 * unit leaf, or `all` of two or more; `undefined` otherwise.
 *
 * @internal
 */
export function prerequisiteRefs(tree: Requirement | undefined): string[] | undefined {
  if (tree === undefined) return undefined;
  if (isPlainLeaf(tree)) return [(tree as { unit: string }).unit];
  if (!('all' in tree) || Object.keys(tree).length !== 1 || tree.all.length < 2 || !tree.all.every(isPlainLeaf)) return undefined;
  return tree.all.map((c) => (c as { unit: string }).unit);
}

/** The class (and credential type) written: what an import kept, when it still gives the unit's kind. */
function classOf(unit: Unit, kept: Record<string, unknown> | undefined, component: boolean): Record<string, unknown> {
  const type = kept?.['@type'];
  const credentialType = kept?.['ceterms:credentialType'];
  if (typeof type === 'string' && (credentialType === undefined || typeof credentialType === 'string')) {
    if (naturalKind(conceptName(type), credentialType === undefined ? undefined : conceptName(credentialType)) === unit.kind) {
      return credentialType === undefined ? { '@type': type } : { '@type': type, 'ceterms:credentialType': credentialType };
    }
  }
  if (!component) return { '@type': resourceClass(unit.kind) };
  const written: Record<string, unknown> = { '@type': componentClass(unit.kind) };
  if (isCredentialKind(unit.kind)) written['ceterms:credentialType'] = credentialClass(unit.kind);
  return written;
}
