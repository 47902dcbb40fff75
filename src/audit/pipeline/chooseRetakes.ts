import type { Exception } from '../../model/exception.js';
import type { Candidate } from '../Candidate.js';
import type { Reason } from '../ReasonCode.js';
import type { AuditContext } from './AuditContext.js';
import { note } from './AuditContext.js';
import { compareAttempts, type RetakePolicy } from './compareAttempts.js';

/** The policy a program that sets none has: a learner is credited with their best result. @internal */
export const DEFAULT_RETAKES: RetakePolicy = 'best';

/**
 * Retakes, the end of stage 1: a unit counts once however often it was
 * taken. Where the eligible candidates hold several attempts of one unit
 * (failed, expired and excluded ones are already gone), one stands and the
 * others are dropped with the reason `retake`, naming the attempt that
 * counts instead. An attempt an exception pins or substitutes stands before
 * the others; among the rest the program's `retakes` policy decides (see
 * {@link compareAttempts}). Stacking and recognition then see only the
 * attempt that stands, so a composite's parts follow the same choice.
 *
 * @param candidates - the eligible achievements of the record
 * @param policy - the program's `retakes` policy ({@link DEFAULT_RETAKES} when it sets none)
 * @param ctx - the audit: its catalog, exceptions in force, and where reasons go
 * @returns the candidates that stand (the same array when no unit was retaken)
 * @internal
 */
export function chooseRetakes(candidates: Candidate[], policy: RetakePolicy | undefined, ctx: AuditContext): Candidate[] {
  const byUnit = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = byUnit.get(c.unitId);
    if (list) list.push(c);
    else byUnit.set(c.unitId, [c]);
  }
  const placements = new Map<string, Exception>();
  for (const e of ctx.exceptions) if (e.kind === 'pin' || e.kind === 'substitute') placements.set(e.achievement, e);
  const rule = policy ?? DEFAULT_RETAKES;
  const dropped = new Set<string>();
  for (const attempts of byUnit.values()) {
    if (attempts.length < 2) continue;
    const order = compareAttempts(rule, attempts, ctx);
    const standing = [...attempts].sort((a, b) => Number(placements.has(b.key)) - Number(placements.has(a.key)) || order(a, b))[0]!;
    const reason = retakeReason(standing, placements.get(standing.key), rule);
    for (const c of attempts) {
      if (c === standing) continue;
      dropped.add(c.key);
      note(ctx, c.key, reason);
    }
  }
  return dropped.size === 0 ? candidates : candidates.filter((c) => !dropped.has(c.key));
}

const WHY: Readonly<Record<RetakePolicy, string>> = {
  best: 'the program counts the best grade of a retaken unit (retakes: best)',
  latest: 'the program counts the latest attempt of a retaken unit (retakes: latest)',
  first: 'the program counts the first attempt of a retaken unit (retakes: first)',
};

function retakeReason(standing: Candidate, placement: Exception | undefined, policy: RetakePolicy): Reason {
  const why = placement ? `exception "${placement.id}" places it` : WHY[policy];
  return { code: 'retake', message: `a retake of ${standing.unitId}: ${standing.key} counts instead, as ${why}`, instead: standing.key };
}
