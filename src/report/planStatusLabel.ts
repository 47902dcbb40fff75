import type { PlanResult } from '../plan/PlanResult.js';
import type { NodeStatus } from '../audit/AuditResult.js';

const LABELS: Readonly<Record<PlanResult['status'], string>> = {
  complete: 'COMPLETE',
  planned: 'PLANNED',
  infeasible: 'INFEASIBLE',
  unknown: 'UNKNOWN',
};

const MEANINGS: Readonly<Record<PlanResult['status'], string>> = {
  complete: 'the record already meets the program',
  planned: 'the plan below completes the program',
  infeasible: "no set of the catalog's offered units completes the program within the constraints",
  unknown: 'the step budget ran out before any plan was found',
};

const LOOKS: Readonly<Record<PlanResult['status'], NodeStatus>> = { complete: 'satisfied', planned: 'partial', infeasible: 'unmet', unknown: 'partial' };

/**
 * A plan's status in words, for the head of a report: `COMPLETE`,
 * `PLANNED`, `INFEASIBLE` or `UNKNOWN`, then what it means
 * (`PLANNED: the plan below completes the program`); and the status colour
 * it is painted in (see {@link paint}).
 *
 * @param status - the plan's status
 * @returns the label and the look
 *
 * @example
 * ```ts
 * planStatusLabel('infeasible').label;
 * // "INFEASIBLE: no set of the catalog's offered units completes the program within the constraints"
 * ```
 *
 * @category Reports
 */
export function planStatusLabel(status: PlanResult['status']): { readonly label: string; readonly look: NodeStatus } {
  return { label: `${LABELS[status]}: ${MEANINGS[status]}`, look: LOOKS[status] };
}
