import type { Recognition } from '../../model/recognition.js';
import type { ExportContext } from './ExportContext.js';
import { naturalId } from './ExportContext.js';
import { creditsAreNative, valueProfile } from './exportCredits.js';
import { keptNode, mergeExtension } from './mergeExtension.js';

/** Recognition fields written as CTDL, or kept by rules of their own. */
const NATIVE = new Set(['id', 'title', 'institution', 'program', 'from', 'grants', 'validFrom', 'validUntil', 'extensions']);

const OWN = new Set(['@id', '@type', 'name', 'ownedBy', 'offeredBy', 'transferValue', 'transferValueFrom', 'transferValueFor', 'startDate', 'endDate']);

/**
 * The `ceterms:TransferValueProfile` a recognition is written as: its
 * institution (`ownedBy`), the units of `from` (`transferValueFrom`; a
 * filter other than a list of ids is reported), the program and granted
 * units (`transferValueFor`), the granted credits (`transferValue`) and
 * its dates (`startDate`, `endDate`). Conditions, limits, granted tags
 * and subjects have no place in CTDL: reported, and kept under
 * `credstack:recognition`.
 *
 * @internal
 */
export function exportTransferValue(ctx: ExportContext, recognition: Recognition, index: number, components: ReadonlySet<string>, organisation: (id: string) => string): Record<string, unknown> {
  const path = ['recognitions', index];
  const node: Record<string, unknown> = { '@id': ctx.nodeId(recognition), '@type': 'ceterms:TransferValueProfile' };
  if (recognition.title !== undefined) node['ceterms:name'] = ctx.text(recognition.title);
  node['ceterms:ownedBy'] = [organisation(recognition.institution)];
  const fromIds = onlyIds(recognition);
  if (fromIds !== undefined) node['ceterms:transferValueFrom'] = fromIds.map((id) => ctx.unitNodeId(id));
  const targets = [...(recognition.program === undefined ? [] : [recognition.program]), ...(recognition.grants.units ?? [])];
  if (targets.length > 0) node['ceterms:transferValueFor'] = targets.map((id) => ctx.unitNodeId(id));
  if (recognition.grants.credits !== undefined) node['ceterms:transferValue'] = [valueProfile(ctx, recognition.grants.credits, [...path, 'grants', 'credits'])];
  if (recognition.validFrom !== undefined) node['ceterms:startDate'] = recognition.validFrom;
  if (recognition.validUntil !== undefined) node['ceterms:endDate'] = recognition.validUntil;
  mergeExtension(node, keptNode(recognition.extensions, 'node'), OWN);
  const rest = keptRecognition(ctx, recognition, node, path, components, fromIds !== undefined);
  if (ctx.settings.credstack) node['credstack:recognition'] = rest;
  return node;
}

function onlyIds(recognition: Recognition): string[] | undefined {
  const keys = Object.keys(recognition.from);
  return keys.length === 1 && keys[0] === 'ids' ? recognition.from.ids : undefined;
}

function keptRecognition(ctx: ExportContext, recognition: Recognition, node: Record<string, unknown>, path: (string | number)[], components: ReadonlySet<string>, idsOnly: boolean): Record<string, unknown> {
  const rest: Record<string, unknown> = {};
  if (naturalId(String(node['@id']), undefined) !== recognition.id) rest['id'] = recognition.id;
  if (!idsOnly) {
    rest['from'] = recognition.from;
    ctx.notExported([...path, 'from'], 'a source filter other than a list of units', 'credstack:recognition');
  }
  const { tags, subjects } = recognition.grants;
  if (tags !== undefined || subjects !== undefined) ctx.notExported([...path, 'grants'], 'tags and subjects given to granted credit', 'credstack:recognition');
  if (tags !== undefined || subjects !== undefined || !creditsAreNative(recognition.grants.credits) || !readsBack(ctx, recognition, components)) {
    rest['grants'] = recognition.grants;
    rest['program'] = recognition.program ?? null;
  }
  for (const [field, value] of Object.entries(recognition)) {
    if (NATIVE.has(field) || value === undefined) continue;
    rest[field] = value;
    ctx.notExported([...path, field], `a recognition's ${field}`, 'credstack:recognition');
  }
  if (recognition.extensions !== undefined) rest['extensions'] = recognition.extensions;
  return rest;
}

/** Whether an import, reading `transferValueFor` as it does, gives back the recognition's program and units. */
function readsBack(ctx: ExportContext, recognition: Recognition, components: ReadonlySet<string>): boolean {
  let program: string | undefined;
  const units: string[] = [];
  for (const id of [...(recognition.program === undefined ? [] : [recognition.program]), ...(recognition.grants.units ?? [])]) {
    const kind = ctx.catalog.unit(id)?.kind;
    const isProgram = id === ctx.programId || (!components.has(id) && (kind === 'degree' || kind === 'certificate'));
    if (isProgram && program === undefined) program = id;
    else if (!units.includes(id)) units.push(id);
  }
  const given = recognition.grants.units ?? [];
  return program === recognition.program && units.length === given.length && units.every((u, i) => u === given[i]);
}
