import type { AuditResult } from '../audit/AuditResult.js';

const LABELS: Readonly<Record<AuditResult['status'], string>> = {
  satisfied: 'SATISFIED',
  partial: 'IN PROGRESS',
  unmet: 'NOT STARTED',
};

/**
 * The program's overall status in words: `SATISFIED`, `IN PROGRESS`
 * (some progress) or `NOT STARTED` (none), with `(with look-ahead)` when
 * in-progress or planned achievements counted.
 *
 * @param result - the audit's result
 * @returns the label
 *
 * @example
 * ```ts
 * overallStatusLabel(result); // 'IN PROGRESS'
 * ```
 *
 * @category Reports
 */
export function overallStatusLabel(result: AuditResult): string {
  const label = LABELS[result.status];
  return result.lookAhead.length > 0 ? `${label} (with look-ahead)` : label;
}
