import type { AllocGroup } from '../allocation/AllocationProblem.js';
import type { Candidate } from '../Candidate.js';
import type { AuditContext } from './AuditContext.js';

/**
 * One allocation cap per recognition with `limits`, over everything it
 * granted: at most `limits.count` granted items and `limits.credits`
 * credits (in the program's system) may be applied through it.
 *
 * @internal
 */
export function recognitionGroups(candidates: readonly Candidate[], ctx: AuditContext): AllocGroup[] {
  const members = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    if (c.provenance.kind !== 'recognized' || !ctx.catalog.recognition(c.provenance.recognition)?.limits) return;
    const list = members.get(c.provenance.recognition) ?? [];
    list.push(i);
    members.set(c.provenance.recognition, list);
  });
  return [...members].map(([id, items]) => {
    const limits = ctx.catalog.recognition(id)!.limits!;
    return { items, ...(limits.count !== undefined && { maxCount: limits.count }), ...(limits.credits !== undefined && { maxCredits: limits.credits }) };
  });
}
