import type { Recognition } from '../../model/recognition.js';
import type { Credits } from '../../model/credits.js';
import type { CtdlNode, CtdlValue } from './CtdlNode.js';
import type { ImportContext } from './ImportContext.js';
import { isIsoDate } from '../../model/isoDate.js';
import { providerOf } from './importOrganisations.js';
import { readCredits } from './readCredits.js';
import { resourceRef } from './resourceRef.js';
import { credentialKind } from './unitKinds.js';
import { isObject } from './readValues.js';
import { applyKept, ctdlExtensions } from './mergeExtension.js';

const MAPPED = ['ctid', 'name', 'ownedBy', 'offeredBy', 'transferValueFrom', 'transferValueFor', 'startDate', 'endDate'];

/**
 * The recognition a `ceterms:TransferValueProfile` becomes: achievements
 * of what `transferValueFrom` names (`from: { ids }`) count as the
 * `transferValue` credits and as the units `transferValueFor` names; a
 * `transferValueFor` that is the program (or a degree or certificate
 * outside the pathway) makes it the recognition's `program`. The
 * institution is the organisation that offers, else owns, it (else the
 * program's provider, reported); `startDate` and `endDate` bound the
 * achievements it accepts. One that grants nothing credstack can read is
 * left out (reported); the rest is kept in `extensions.ctdl.node`.
 *
 * @internal
 */
export function importTransferValue(ctx: ImportContext, node: CtdlNode, fallbackInstitution: string | undefined): Recognition | undefined {
  const kept = isObject(node.raw['credstack:recognition']) ? node.raw['credstack:recognition'] : undefined;
  const recognition: Record<string, unknown> = { id: ctx.idOf(node, 'credstack:recognition') };
  const title = ctx.text(node, 'name');
  if (title !== undefined) recognition['title'] = title;
  recognition['institution'] = institutionOf(ctx, node, fallbackInstitution);
  const from = node.values('transferValueFrom').flatMap((v) => unitsOf(ctx, v));
  if (from.length > 0) recognition['from'] = { ids: [...new Set(from)] };
  const credits = readCredits(ctx, node.values('transferValue'));
  const grants = grantsOf(ctx, node, recognition, credits.credits);
  if (grants !== undefined) recognition['grants'] = grants;
  if (!dates(ctx, node, recognition)) return undefined;
  const extensions = kept === undefined ? ctdlExtensions({ node: node.unmapped(new Set(credits.exact ? [...MAPPED, 'transferValue'] : MAPPED)) }) : undefined;
  if (extensions !== undefined) recognition['extensions'] = extensions;
  applyKept(recognition, kept);
  if (recognition['institution'] === undefined || recognition['from'] === undefined || recognition['grants'] === undefined) {
    ctx.warn('unmapped', node.path, 'the transfer value names no institution, no source (transferValueFrom) or nothing granted that credstack can read: it was left out');
    return undefined;
  }
  return recognition as unknown as Recognition;
}

function institutionOf(ctx: ImportContext, node: CtdlNode, fallback: string | undefined): string | undefined {
  const found = providerOf(ctx, [...node.values('offeredBy'), ...node.values('ownedBy')]);
  if (found !== undefined || fallback === undefined) return found;
  ctx.warn('assumed', node.path, `the transfer value names no organisation: the pathway's, "${fallback}", was taken as the institution`);
  return fallback;
}

function unitsOf(ctx: ImportContext, v: CtdlValue): string[] {
  const found = resourceRef(ctx, v);
  if (found === undefined || 'program' in found) return found === undefined ? [] : [ctx.programId];
  return [found.unit];
}

function grantsOf(ctx: ImportContext, node: CtdlNode, recognition: Record<string, unknown>, credits: Credits | undefined): Record<string, unknown> | undefined {
  const grants: Record<string, unknown> = {};
  const units: string[] = [];
  for (const v of node.values('transferValueFor')) {
    const found = resourceRef(ctx, v);
    if (found === undefined) continue;
    const program = 'program' in found ? ctx.programId : isProgramResource(found.node) ? found.unit : undefined;
    if (program !== undefined && recognition['program'] === undefined) recognition['program'] = program;
    else if ('unit' in found) units.push(found.unit);
  }
  if (units.length > 0) grants['units'] = [...new Set(units)];
  if (credits !== undefined) grants['credits'] = credits;
  return Object.keys(grants).length > 0 ? grants : undefined;
}

/** A resource outside the pathway that is a degree or a certificate: credit toward it is credit toward a program. */
function isProgramResource(node: CtdlNode | undefined): boolean {
  return node !== undefined && node.types.some((t) => {
    const kind = credentialKind(t);
    return kind === 'degree' || kind === 'certificate';
  });
}

function dates(ctx: ImportContext, node: CtdlNode, recognition: Record<string, unknown>): boolean {
  for (const [term, field] of [['startDate', 'validFrom'], ['endDate', 'validUntil']] as const) {
    const given = node.first(term);
    if (given === undefined) continue;
    const day = typeof given.value === 'string' ? given.value.slice(0, 10) : undefined;
    if (day === undefined || !isIsoDate(day)) {
      ctx.fail('invalid_date', given.path, `${term} must be a date written YYYY-MM-DD`);
      return false;
    }
    recognition[field] = day;
  }
  return true;
}
