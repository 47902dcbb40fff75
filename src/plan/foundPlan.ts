import type { AuditResult } from '../audit/AuditResult.js';
import type { Schedule } from './schedulePlan.js';
import { planRoute } from './planRoute.js';

/**
 * A set of candidates that completes the program, as the search keeps it.
 *
 * @internal
 */
export interface Found {
  readonly set: readonly number[];
  /** The record audited with the set planned: the best allocation. */
  readonly audit: AuditResult;
  readonly schedule: Schedule;
  /** The composites and recognitions the audit uses, space-separated (see `planRoute`). */
  readonly route: string;
}

/**
 * A complete set whose full audit (the best allocation, which the plan
 * reports, and the route it takes) is run only when first asked for: for
 * the plan returned, or to tell routes apart. The search needs no more than
 * the witness, the first allocation found that meets the program. When the
 * full audit runs out of steps short of meeting the program, the witness
 * stands in (it does meet it).
 *
 * @param set - the candidates, ascending
 * @param schedule - their schedule
 * @param witness - the audit that found an allocation meeting the program
 * @param audit - runs the full audit of a set
 * @returns the set, its audit and route computed on first use
 * @internal
 */
export function foundPlan(set: readonly number[], schedule: Schedule, witness: AuditResult, audit: (set: readonly number[]) => AuditResult): Found {
  let best: AuditResult | undefined;
  const full = (): AuditResult => {
    if (best === undefined) {
      const result = audit(set);
      best = result.satisfied ? result : witness;
    }
    return best;
  };
  return {
    set,
    schedule,
    get audit() {
      return full();
    },
    get route() {
      return planRoute(full()).join(' ');
    },
  };
}
