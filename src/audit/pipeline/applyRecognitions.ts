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

/** What each recognition has granted so far in one audit, for its limits. @internal */
export type RecognitionUsage = Map<string, { count: number; credits: number; done: Set<string> }>;

/**
 * Stage 3, recognition: each recognition turns the candidates its `from`
 * picks (never credit that is itself recognised) into the local units or
 * credit it grants, when its conditions hold and the achievement was earned
 * while the agreement was in force, up to its limits, taking sources in
 * tie-break order. Returns whether anything was granted.
 *
 * @internal
 */
export function applyRecognitions(recognitions: readonly Recognition[], pool: Candidate[], ctx: AuditContext, usage: RecognitionUsage, system: string | undefined): boolean {
  let added = false;
  for (const rec of recognitions) {
    const from = compileFilter(rec.from);
    const used = usage.get(rec.id) ?? { count: 0, credits: 0, done: new Set<string>() };
    usage.set(rec.id, used);
    const sources = pool.filter((c) => c.provenance.kind !== 'recognized' && !used.done.has(c.key) && from(c.unit)).sort(compareCandidates);
    for (const source of sources) {
      used.done.add(source.key);
      const failure = conditionFailure(rec, source, ctx);
      const grants = failure ? [] : grantCandidates(rec, source, ctx.catalog);
      const credits = grants.reduce((sum, g) => sum + convert(g, system, ctx), 0);
      const limit = failure ?? limitFailure(rec, used, credits);
      if (limit) {
        for (const root of source.roots) note(ctx, root, limit);
        continue;
      }
      used.count += 1;
      used.credits += credits;
      pool.push(...grants);
      added = true;
    }
  }
  return added;
}

function convert(c: Candidate, system: string | undefined, ctx: AuditContext): number {
  if (!c.credits) return 0;
  if (system === undefined) return c.credits.value;
  return ctx.catalog.creditSystems.convert(c.credits, system)?.value ?? 0;
}

function limitFailure(rec: Recognition, used: { count: number; credits: number }, credits: number): Reason | undefined {
  const { count, credits: cap } = rec.limits ?? {};
  if ((count !== undefined && used.count + 1 > count) || (cap !== undefined && used.credits + credits > cap + 1e-9)) {
    const what = [count !== undefined && `${count} achievements`, cap !== undefined && `${cap} credits`].filter(Boolean).join(' and ');
    return { code: 'recognition_limit', message: `recognition "${rec.id}" grants at most ${what}, and that limit is reached`, recognition: rec.id };
  }
  return undefined;
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
