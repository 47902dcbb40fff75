import type { Reason } from '../audit/ReasonCode.js';
import { PLAIN_STYLE, type ReportStyle } from './ReportStyle.js';

/**
 * A reason in words: its message, then its stable code in parentheses so
 * that readers can look it up (`needs an eligible achievement of
 * mit-scm-residence; none applied (missing_unit)`).
 *
 * @param reason - the reason
 * @param style - how to write prose and codes (plain text by default)
 * @returns the line, without a bullet
 *
 * @example
 * ```ts
 * describeReason({ code: 'expired', message: 'expired on 2023-01-01' });
 * // 'expired on 2023-01-01 (expired)'
 * ```
 *
 * @category Reports
 */
export function describeReason(reason: Reason, style: ReportStyle = PLAIN_STYLE): string {
  return `${style.text(reason.message)} (${style.id(reason.code)})`;
}
