import type { Recognition } from '../../model/recognition.js';
import type { Candidate } from '../Candidate.js';
import { compareCandidates } from '../Candidate.js';
import type { Reason } from '../ReasonCode.js';
import type { AuditContext } from './AuditContext.js';
import { note } from './AuditContext.js';
import { compileFilter } from '../../rules/compileFilter.js';
import { meetsGrade } from './passesNarrowing.js';
import { shiftDate } from '../../_internal/dates.js';
import { grantCandidates } from './grantCandidates.js';
import { byCodeUnits } from '../../_internal/byCodeUnits.js';

/** The sources each recognition has looked at so far in one audit. @internal */
export type RecognitionUsage = Map<string, Set<string>>;

/**
 * Stage 3, recognition: each recognition turns the candidates its `from`
 * picks (never credit that is itself recognised) into the local units or
 * credit it grants, when its conditions hold and the achievement was earned
 * while the agreement was in force. Its limits are not applied here but by
 * the allocation, as a cap over everything it granted (so a weaker, earlier
 * source cannot take the place of a better one). Returns whether anything
 * was granted.
 *
 * @internal
 */
export function applyRecognitions(recognitions: readonly Recognition[], pool: Candidate[], ctx: AuditContext, usage: RecognitionUsage): boolean {
  let added = false;
  // The record achievements that are verified, looked up only to explain a refusal.
  let verified: ReadonlySet<string> | undefined;
  const verifiedRoots = (): ReadonlySet<string> => (verified ??= new Set(pool.filter((c) => c.provenance.kind === 'direct' && c.verified).map((c) => c.key)));
  for (const rec of recognitions) {
    const from = compileFilter(rec.from);
    const done = usage.get(rec.id) ?? new Set<string>();
    usage.set(rec.id, done);
    const sources = pool.filter((c) => c.provenance.kind !== 'recognized' && !done.has(c.key) && from(c.unit)).sort(compareCandidates);
    for (const source of sources) {
      done.add(source.key);
      const failure = conditionFailure(rec, source, ctx, verifiedRoots);
      if (failure) {
        for (const root of source.roots) note(ctx, root, failure(root));
        continue;
      }
      pool.push(...grantCandidates(rec, source, ctx.catalog));
      added = true;
    }
  }
  return added;
}

/** The condition a source fails, as the reason told to each record achievement it stands on; `undefined` when it fails none. */
function conditionFailure(rec: Recognition, c: Candidate, ctx: AuditContext, verified: () => ReadonlySet<string>): ((root: string) => Reason) | undefined {
  const reason = (r: Reason) => () => r;
  const fail = (why: string): Reason => ({ code: 'recognition_condition', message: `recognition "${rec.id}" ${why}`, recognition: rec.id });
  if ((rec.validFrom !== undefined && c.earnedOn < rec.validFrom) || (rec.validUntil !== undefined && c.earnedOn > rec.validUntil)) {
    return reason({ code: 'recognition_dates', message: `recognition "${rec.id}" is in force from ${rec.validFrom ?? 'any time'} to ${rec.validUntil ?? 'any time'}; earned ${c.earnedOn}`, recognition: rec.id });
  }
  const cond = rec.conditions;
  if (!cond) return undefined;
  if (cond.minGrade && !meetsGrade(c, cond.minGrade.scale, cond.minGrade.grade, ctx)) return reason(fail(`asks for grade ${String(cond.minGrade.grade)} or better on "${cond.minGrade.scale}"`));
  if (cond.verified && !c.verified) return (root) => fail(`asks for a verified achievement; ${unverified(c, root, verified())}`);
  if (cond.earnedWithin !== undefined && c.earnedOn < shiftDate(ctx.asOf!, cond.earnedWithin, -1)) return reason(fail(`takes only what was earned within ${cond.earnedWithin} of ${ctx.asOf!}`));
  if (cond.issuerAccreditedBy !== undefined && !accredited(c, cond.issuerAccreditedBy, ctx)) {
    return reason(fail(`asks for an issuer accredited by "${cond.issuerAccreditedBy}" on the day it was earned (${c.earnedOn}); issuer "${c.issuer ?? 'unknown'}" was not`));
  }
  return undefined;
}

/**
 * Why an unverified source is refused, told to one record achievement it
 * stands on: a verified part of a composite is told which parts are not,
 * rather than that it is not verified itself.
 */
function unverified(c: Candidate, root: string, verified: ReadonlySet<string>): string {
  if (c.provenance.kind === 'direct') return 'this one is not verified';
  const what = `${c.unitId} (${c.key})`;
  if (!verified.has(root)) return `${what} stands on this one, which is not verified`;
  const culprits = [...c.roots].filter((r) => !verified.has(r)).sort(byCodeUnits);
  return `${what}, which stands on this one, is not verified: ${culprits.join(', ')} ${culprits.length === 1 ? 'is' : 'are'} not`;
}

function accredited(c: Candidate, by: string, ctx: AuditContext): boolean {
  const org = c.issuer === undefined ? undefined : ctx.catalog.organisation(c.issuer);
  return (org?.accreditations ?? []).some((a) => a.by === by && (a.from === undefined || a.from <= c.earnedOn) && (a.until === undefined || c.earnedOn <= a.until));
}
