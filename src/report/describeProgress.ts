import type { NodeResult } from '../audit/AuditResult.js';
import { formatNumber } from './formatNumber.js';

/**
 * A requirement's progress in words: `16/48 credits` for credits, `1/1`
 * for a count, `2 of 3 parts` for the children needed, joined with commas
 * when there are several; `waived` for a waived node.
 *
 * @param node - the requirement's result
 * @returns the progress, or an empty string when the node has none
 *
 * @example
 * ```ts
 * describeProgress(node); // '16/48 credits'
 * ```
 *
 * @category Reports
 */
export function describeProgress(node: NodeResult): string {
  if (node.status === 'waived') return 'waived';
  const { credits, count, children } = node.progress;
  const parts: string[] = [];
  if (credits) parts.push(`${formatNumber(credits.applied)}/${formatNumber(credits.needed)} credits`);
  if (count) parts.push(`${formatNumber(count.applied)}/${formatNumber(count.needed)}`);
  if (children) parts.push(`${formatNumber(children.applied)} of ${formatNumber(children.needed)} parts`);
  return parts.join(', ');
}
