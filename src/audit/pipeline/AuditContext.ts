import type { Catalog } from '../../catalog/Catalog.js';
import type { Exception } from '../../model/exception.js';
import type { Reason } from '../ReasonCode.js';
import type { Issue } from '../../issues/Issue.js';

/**
 * What every stage of one audit shares: the catalog, the audit date, the
 * look-ahead statuses, the exceptions in force, and where stages leave
 * reasons about achievements (by record achievement id).
 *
 * @internal
 */
export interface AuditContext {
  readonly catalog: Catalog;
  readonly asOf: string | undefined;
  readonly include: ReadonlySet<string>;
  readonly exceptions: readonly Exception[];
  /** The search steps left for this whole audit (every allocation it solves draws on it), and whether any ran out. */
  readonly budget: { remaining: number; steps: number; exhausted: boolean };
  /** Reasons gathered per record achievement; reported for those that end up unused. */
  readonly notes: Map<string, Reason[]>;
  /** Warnings about the audit as a whole, returned beside the result. */
  readonly warnings: Issue[];
  /**
   * Settle only whether the program is satisfied (a plan's checks): the
   * allocation is any that satisfies it, or, when none does, the pinned
   * items alone; the rest of the result is not the audit's best.
   */
  readonly satisfyOnly?: boolean;
}

/**
 * Adds a reason about a record achievement, once per code and requirement or
 * recognition. When two say the same of it in other words (the achievement
 * itself, and what a recognition granted for it), the first message in
 * code-unit order stays, so the result does not depend on which was noted
 * first.
 *
 * @internal
 */
export function note(ctx: AuditContext, achievement: string, reason: Reason): void {
  const list = ctx.notes.get(achievement) ?? [];
  const k = list.findIndex((r) => r.code === reason.code && r.requirement === reason.requirement && r.recognition === reason.recognition);
  if (k < 0) list.push(reason);
  else if (reason.message < list[k]!.message) list[k] = reason;
  ctx.notes.set(achievement, list);
}
