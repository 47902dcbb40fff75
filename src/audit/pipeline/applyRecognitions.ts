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
  for (const rec of recognitions) {
    const from = compileFilter(rec.from);
    const done = usage.get(rec.id) ?? new Set<string>();
    usage.set(rec.id, done);
    const sources = pool.filter((c) => c.provenance.kind !== 'recognized' && !done.has(c.key) && from(c.unit)).sort(compareCandidates);
    for (const source of sources) {
      done.add(source.key);
      const failure = conditionFailure(rec, source, ctx);
      if (failure) {
        for (const root of source.roots) note(ctx, root, failure);
        continue;
      }
      pool.push(...grantCandidates(rec, source, ctx.catalog));
      added = true;
    }
  }
  return added;
}

function conditionFailure(rec: Recognition, c: Candidate, ctx: AuditContext): Reason | undefined {
  const fail = (why: string): Reason => ({ code: 'recognition_condition', message: `recognition "${rec.id}" ${why}`, recognition: rec.id });
  if ((rec.validFrom !== undefined && c.earnedOn < rec.validFrom) || (rec.validUntil !== undefined && c.earnedOn > rec.validUntil)) {
    return { code: 'recognition_dates', message: `recognition "${rec.id}" is in force from ${rec.validFrom ?? 'any time'} to ${rec.validUntil ?? 'any time'}; earned ${c.earnedOn}`, recognition: rec.id };
  }
  const cond = rec.conditions;
  if (!cond) return undefined;
  if (cond.minGrade && !meetsGrade(c, cond.minGrade.scale, cond.minGrade.grade, ctx)) return fail(`asks for grade ${String(cond.minGrade.grade)} or better on "${cond.minGrade.scale}"`);
  if (cond.verified && !c.verified) return fail('asks for a verified achievement; this one is not verified');
  if (cond.earnedWithin !== undefined && c.earnedOn < shiftDate(ctx.asOf!, cond.earnedWithin, -1)) return fail(`takes only what was earned within ${cond.earnedWithin} of ${ctx.asOf!}`);
  if (cond.issuerAccreditedBy !== undefined && !accredited(c, cond.issuerAccreditedBy, ctx)) {
    return fail(`asks for an issuer accredited by "${cond.issuerAccreditedBy}" on the day it was earned (${c.earnedOn}); issuer "${c.issuer ?? 'unknown'}" was not`);
  }
  return undefined;
}

function accredited(c: Candidate, by: string, ctx: AuditContext): boolean {
  const org = c.issuer === undefined ? undefined : ctx.catalog.organisation(c.issuer);
  return (org?.accreditations ?? []).some((a) => a.by === by && (a.from === undefined || a.from <= c.earnedOn) && (a.until === undefined || c.earnedOn <= a.until));
}
