import type { PlanResult } from '../plan/PlanResult.js';

/**
 * The line a plan's report ends with: whether the search was exact (every
 * plan weighed, the best proven best) or not (the step budget ran out, or
 * an audit did not finish its own search),
 * with the steps taken and the candidate units considered.
 *
 * @param result - the plan's result
 * @returns the line, without a label
 *
 * @example
 * ```ts
 * planSearchNote(result); // 'optimal (exact search), 36 steps over 8 candidate units'
 * ```
 *
 * @category Reports
 */
export function planSearchNote(result: PlanResult): string {
  const over = `${result.steps} step${result.steps === 1 ? '' : 's'} over ${result.candidates} candidate unit${result.candidates === 1 ? '' : 's'}`;
  if (result.optimal) return `optimal (exact search), ${over}`;
  return `not proven optimal: the step budget ran out, or an audit did not finish its own search (${over}); a better plan may exist, and a larger step budget may find it`;
}
