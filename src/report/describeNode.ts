import type { NodeResult } from '../audit/AuditResult.js';
import { describeProgress } from './describeProgress.js';
import { PLAIN_STYLE, type ReportStyle } from './ReportStyle.js';

/**
 * A requirement's heading in words, without its mark: its title (or id
 * when it has none), its id in brackets after a title, `(overlay)` for a
 * `share` overlay, and its progress (`Semester in residence [residence]: 0/1`).
 *
 * @param node - the requirement's result
 * @param style - how to write ids and titles (plain text by default)
 * @returns the heading
 *
 * @example
 * ```ts
 * describeNode(node); // 'Management courses, 48 credits [courses]: 16/48 credits'
 * ```
 *
 * @category Reports
 */
export function describeNode(node: NodeResult, style: ReportStyle = PLAIN_STYLE): string {
  const name = node.title === undefined ? style.id(node.id) : `${style.text(node.title)} ${style.text('[')}${style.id(node.id)}${style.text(']')}`;
  const overlay = node.overlay ? ' (overlay)' : '';
  const progress = describeProgress(node);
  return `${name}${overlay}${progress === '' ? '' : `: ${progress}`}`;
}
