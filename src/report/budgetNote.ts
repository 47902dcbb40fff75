import type { AuditResult } from '../audit/AuditResult.js';

/**
 * The note a report ends with when the allocation's step budget ran out:
 * the result is the best allocation found, not one proven optimal.
 *
 * @param result - the audit's result
 * @returns the note, or `undefined` when the allocation is optimal
 *
 * @example
 * ```ts
 * budgetNote({ ...result, optimal: false });
 * // 'The step budget was reached after 1000 steps: this is the best allocation found, not proven optimal. ...'
 * ```
 *
 * @category Reports
 */
export function budgetNote(result: AuditResult): string | undefined {
  if (result.optimal) return undefined;
  return (
    `The step budget was reached after ${result.steps} steps: this is the best allocation found, not proven optimal. ` +
    'A larger budget may satisfy more.'
  );
}
