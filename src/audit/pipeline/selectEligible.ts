import type { Achievement } from '../../model/achievement.js';
import type { LearnerRecord } from '../../model/recordDocument.js';
import type { Unit } from '../../model/unit.js';
import type { Reason } from '../ReasonCode.js';
import type { Candidate } from '../Candidate.js';
import type { AuditContext } from './AuditContext.js';
import { note } from './AuditContext.js';
import { isPassingGrade } from '../../grades/isPassingGrade.js';
import { shiftDate } from '../../_internal/dates.js';

/**
 * Stage 1, eligibility: turns the record's achievements into candidates,
 * dropping (with a reason) those excluded by an exception, not completed
 * (unless look-ahead asks for them), earned after the audit date, expired
 * (their own expiry or the unit's validity), failed on their scale, or
 * naming no unit of the catalog.
 *
 * @internal
 */
export function selectEligible(record: LearnerRecord, ctx: AuditContext): Candidate[] {
  const excluded = new Map(ctx.exceptions.filter((e) => e.kind === 'exclude').map((e) => [e.achievement, e]));
  const candidates: Candidate[] = [];
  for (const a of record.achievements) {
    const unit = a.unit !== undefined ? ctx.catalog.unit(a.unit) : a.externalId && ctx.catalog.unitByExternalId(a.externalId.scheme, a.externalId.id);
    const reason = excluded.has(a.id)
      ? { code: 'excluded' as const, message: `excluded by exception "${excluded.get(a.id)!.id}": ${excluded.get(a.id)!.reason}` }
      : ineligibility(a, unit, ctx);
    if (reason) note(ctx, a.id, reason);
    else candidates.push(toCandidate(a, unit!, ctx));
  }
  return candidates;
}

const DIRECT = Object.freeze({ kind: 'direct' as const });

function toCandidate(a: Achievement, unit: Unit, ctx: AuditContext): Candidate {
  const override = ctx.exceptions.find((e) => e.kind === 'credit' && e.achievement === a.id);
  const credits = override?.kind === 'credit' ? override.credits : (a.credits ?? unit.credits);
  // Built field by field rather than by spreading optional parts: this runs for every achievement of every audit.
  const out: { -readonly [K in keyof Candidate]: Candidate[K] } = {
    key: a.id,
    unit,
    unitId: unit.id,
    earnedOn: a.earnedOn ?? ctx.asOf ?? '9999-12-31',
    verified: a.verified !== undefined && a.verified !== false,
    lookAhead: a.status !== 'completed',
    roots: new Set([a.id]),
    provenance: DIRECT,
  };
  if (a.earnedOn === undefined) out.undated = true;
  if (a.grade) out.grade = a.grade;
  if (credits) out.credits = credits;
  const issuer = a.issuer ?? unit.provider;
  if (issuer !== undefined) out.issuer = issuer;
  return out;
}

function ineligibility(a: Achievement, unit: Unit | undefined, ctx: AuditContext): Reason | undefined {
  if (!unit) return { code: 'unknown_unit', message: 'no unit of the catalog matches it' };
  if (a.status === 'failed') return { code: 'failed', message: 'its status is failed' };
  if (a.status === 'withdrawn') return { code: 'withdrawn', message: 'its status is withdrawn' };
  if (a.status === 'in-progress' && !ctx.include.has('in-progress')) return { code: 'in_progress', message: 'in progress; counts only with look-ahead' };
  if (a.status === 'planned' && !ctx.include.has('planned')) return { code: 'planned', message: 'planned; counts only with look-ahead' };
  if (a.grade) {
    const scale = ctx.catalog.gradeScale(a.grade.scale);
    if (scale && !isPassingGrade(scale, a.grade.value)) {
      return { code: 'grade_not_passing', message: `grade ${String(a.grade.value)} is below the passing grade ${String(scale.passing)} of scale "${scale.id}"` };
    }
  }
  return ctx.asOf === undefined ? undefined : datedIneligibility(a, unit, ctx.asOf);
}

function datedIneligibility(a: Achievement, unit: Unit, asOf: string): Reason | undefined {
  if (a.status === 'completed' && a.earnedOn !== undefined && a.earnedOn > asOf) return { code: 'earned_after_as_of', message: `earned on ${a.earnedOn}, after the audit date ${asOf}` };
  if (a.expiresOn !== undefined && a.expiresOn <= asOf) return { code: 'expired', message: `expired on ${a.expiresOn}` };
  if (unit.validity !== undefined && a.earnedOn !== undefined) {
    const lapses = shiftDate(a.earnedOn, unit.validity);
    if (lapses <= asOf) return { code: 'expired', message: `lapsed on ${lapses}: ${unit.id} stays valid for ${unit.validity} after it is earned` };
  }
  return undefined;
}
