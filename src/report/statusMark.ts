import type { NodeStatus } from '../audit/AuditResult.js';

const TEXT_MARKS: Readonly<Record<NodeStatus, string>> = { satisfied: '[x]', partial: '[~]', unmet: '[ ]', waived: '[w]' };
const MARKDOWN_MARKS: Readonly<Record<NodeStatus, string>> = { satisfied: '✓', partial: '◐', unmet: '✗', waived: '⊘' };

/**
 * The mark of a requirement's status: in text `[x]` satisfied, `[~]`
 * partial, `[ ]` unmet, `[w]` waived; in Markdown `✓`, `◐`, `✗`, `⊘`.
 *
 * @param status - the node's status
 * @param flavour - `text` (the default) or `markdown`
 * @returns the mark
 *
 * @example
 * ```ts
 * statusMark('partial'); // '[~]'
 * statusMark('satisfied', 'markdown'); // '✓'
 * ```
 *
 * @category Reports
 */
export function statusMark(status: NodeStatus, flavour: 'text' | 'markdown' = 'text'): string {
  return (flavour === 'markdown' ? MARKDOWN_MARKS : TEXT_MARKS)[status];
}
