import type { LearnerRecord } from '../../model/recordDocument.js';
import type { UnusedAchievement } from '../AuditResult.js';
import type { Reason } from '../ReasonCode.js';
import type { Solved } from '../pipeline/solveTree.js';
import { byCodeUnits } from '../../_internal/byCodeUnits.js';

/** The achievements applied (counted somewhere), and those assigned but not counted. @internal */
export interface Usage {
  readonly applied: ReadonlySet<string>;
  readonly uncounted: ReadonlySet<string>;
  readonly eligible: ReadonlySet<string>;
}

/**
 * Which record achievements count somewhere (directly or through what
 * stands on them), which were assigned but lie past a maximum, and which
 * could have gone somewhere.
 *
 * @internal
 */
export function usageOf(solutions: readonly Solved[]): Usage {
  const applied = new Set<string>();
  const uncounted = new Set<string>();
  const eligible = new Set<string>();
  for (const { built, outcome } of solutions) {
    const counted = new Set(outcome.evaluation.applied);
    built.problem.nodes.forEach((n) => n.eligible.forEach((i) => built.items[i]!.roots.forEach((r) => eligible.add(r))));
    outcome.assignment.forEach((leaf, i) => {
      if (leaf < 0) return;
      for (const root of built.items[i]!.roots) (counted.has(i) ? applied : uncounted).add(root);
    });
  }
  return { applied, uncounted, eligible };
}

/**
 * Every record achievement that counts nowhere, each with at least one
 * reason: why it was dropped, why a requirement or recognition turned it
 * away, or that the best allocation did not need it.
 *
 * @internal
 */
export function unusedAchievements(record: LearnerRecord, usage: Usage, notes: ReadonlyMap<string, readonly Reason[]>): UnusedAchievement[] {
  const out: UnusedAchievement[] = [];
  for (const a of record.achievements) {
    if (usage.applied.has(a.id)) continue;
    // Noted reasons in one canonical order; the verdict of the allocation, when there is one, goes first.
    const reasons: Reason[] = [...(notes.get(a.id) ?? [])].sort(compareReasons);
    if (usage.uncounted.has(a.id)) reasons.unshift({ code: 'past_maximum', message: 'assigned, but it lies past a maximum or cap, so it does not count' });
    else if (usage.eligible.has(a.id) && !reasons.some((r) => r.code === 'recognition_cap')) reasons.unshift({ code: 'not_needed', message: 'it could count, but the best allocation did not need it (it stays free for other programs)' });
    if (reasons.length === 0) reasons.push({ code: 'matched_nothing', message: 'no requirement of the program can take it' });
    out.push({ achievement: a.id, ...(a.unit !== undefined && { unit: a.unit }), reasons });
  }
  return out;
}

function compareReasons(a: Reason, b: Reason): number {
  return byCodeUnits(a.code, b.code) || byCodeUnits(a.requirement ?? '', b.requirement ?? '') || byCodeUnits(a.recognition ?? '', b.recognition ?? '') || byCodeUnits(a.message, b.message);
}
