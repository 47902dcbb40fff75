import type { Unit } from '../../model/unit.js';
import type { ExportContext } from './ExportContext.js';
import { naturalId } from './ExportContext.js';
import { creditsAreNative } from './exportCredits.js';
import { prerequisiteRefs } from './exportUnitNode.js';
import { naturalKind } from './unitKinds.js';
import { conceptName } from './ctdlTerms.js';

/** Unit fields an export writes as CTDL, or keeps by rules of their own. */
const NATIVE = new Set(['id', 'kind', 'title', 'description', 'credits', 'externalIds', 'prerequisites', 'requirements', 'extensions']);

/** What the fields CTDL has no place for are, for the warnings. */
const WHAT: Readonly<Record<string, string>> = {
  provider: "a unit's provider",
  workload: 'a workload',
  level: 'a level',
  subjects: 'subjects',
  tags: 'tags',
  competencies: 'competencies',
  offering: 'an offering (cost, duration, mode, terms)',
  validity: 'a validity period',
  policies: "a program's policies",
  microcredential: 'the EU micro-credential elements',
};

/**
 * What of a unit its node does not say in CTDL, as `credstack:unit` holds
 * it: its id or kind when an import would not read them back from the node,
 * credits in a system CTDL has no unit for, external ids other than one
 * CTID, prerequisites CTDL cannot list (and, outside the pathway,
 * requirements), and every field CTDL has no place for (each reported
 * `not_exported`), with its extensions.
 *
 * @internal
 */
export function keptUnit(ctx: ExportContext, unit: Unit, node: Record<string, unknown>, component: boolean): Record<string, unknown> {
  const path = ctx.unitPath(unit.id);
  const rest: Record<string, unknown> = {};
  const ctid = typeof node['ceterms:ctid'] === 'string' ? node['ceterms:ctid'] : undefined;
  if (naturalId(String(node['@id']), ctid) !== unit.id) rest['id'] = unit.id;
  const type = conceptName(String(node['@type']));
  const credentialType = typeof node['ceterms:credentialType'] === 'string' ? conceptName(node['ceterms:credentialType']) : undefined;
  if (naturalKind(type, credentialType) !== unit.kind) {
    rest['kind'] = unit.kind;
    ctx.notExported([...path, 'kind'], `the kind "${unit.kind}" (CTDL's nearest class is ${type})`, 'credstack:unit');
  }
  if (!creditsAreNative(unit.credits)) rest['credits'] = unit.credits;
  const ids = unit.externalIds ?? [];
  if (ids.length > 1 || (ids.length === 1 && ids[0]!.scheme !== 'ctid')) {
    rest['externalIds'] = ids;
    ctx.notExported([...path, 'externalIds'], 'external ids other than one CTID', 'credstack:unit');
  }
  if (unit.prerequisites !== undefined && (!component || prerequisiteRefs(unit.prerequisites) === undefined)) {
    rest['prerequisites'] = unit.prerequisites;
    ctx.notExported([...path, 'prerequisites'], component ? 'prerequisites other than a list of units all required' : 'the prerequisites of a resource outside the pathway', 'credstack:unit');
  }
  if (!component && unit.requirements !== undefined) {
    rest['requirements'] = unit.requirements;
    ctx.notExported([...path, 'requirements'], 'the requirements of a resource outside the pathway', 'credstack:unit');
  }
  keepFields(ctx, unit, rest, path);
  return rest;
}

/**
 * Copies the fields with no place in CTDL (every field but those written
 * as CTDL, so that fields the format gains later are kept too), and the
 * extensions, into what is kept.
 *
 * @internal
 */
export function keepFields(ctx: ExportContext, unit: Unit, rest: Record<string, unknown>, path: readonly (string | number)[]): void {
  for (const [field, value] of Object.entries(unit)) {
    if (NATIVE.has(field) || value === undefined) continue;
    rest[field] = value;
    ctx.notExported([...path, field], WHAT[field] ?? `the field "${field}"`, 'credstack:unit');
  }
  if (unit.extensions === undefined) return;
  rest['extensions'] = unit.extensions;
  for (const format of Object.keys(unit.extensions)) {
    if (format !== 'ctdl') ctx.notExported([...path, 'extensions', format], `what was imported from ${format}`, 'credstack:unit');
  }
}
