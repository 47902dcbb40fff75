import type { AuditResult, NodeResult } from '../audit/AuditResult.js';
import { budgetNote } from './budgetNote.js';
import { describeApplied } from './describeApplied.js';
import { describeNode } from './describeNode.js';
import { describeReason } from './describeReason.js';
import { MARKDOWN_STYLE as MD } from './ReportStyle.js';
import { reportSections, type ReportSection } from './reportSections.js';
import { statusMark } from './statusMark.js';
import { summaryFacts } from './summaryFacts.js';

/**
 * Writes an audit's result as Markdown, with the same content as
 * {@link renderAuditText}: a heading with the program, a list of the
 * summary facts, the requirement tree as a nested list with a mark per
 * node (`✓` satisfied, `◐` partial, `✗` unmet, `⊘` waived), the
 * achievements applied and the reasons (_why_) under each node, then one
 * section each for the policies, the inferred credentials, the exceptions
 * and the achievements not used, and a note when the step budget was
 * reached. Ids are code spans; text from the data is escaped. A pure
 * function: it only builds the string.
 *
 * @param result - the audit's result, from {@link audit} or {@link safeAudit}
 * @returns the Markdown, lines ending with `\n`
 *
 * @example
 * ```ts
 * const markdown = renderAuditMarkdown(audit(catalog, record, 'hes-almm', { asOf: '2024-06-30' }));
 * // # Audit: Master of Liberal Arts (ALM) in Management, Harvard Extension School
 * // ...
 * // - ◐ Management courses, 48 credits \[`courses`\]: 16/48 credits
 * ```
 *
 * @category Reports
 */
export function renderAuditMarkdown(result: AuditResult): string {
  const lines = [
    `# Audit: ${MD.text(result.program.title)}`,
    '',
    ...summaryFacts(result, MD).map(({ label, value }) => `- **${label}:** ${value}`),
    '',
    '## Requirements',
    '',
    ...nodeLines(result.root, ''),
  ];
  for (const section of reportSections(result, MD)) lines.push('', ...sectionLines(section));
  const note = budgetNote(result);
  if (note !== undefined) lines.push('', `> **Note:** ${note}`);
  return `${lines.join('\n')}\n`;
}

function nodeLines(node: NodeResult, indent: string): string[] {
  const inner = `${indent}  `;
  return [
    `${indent}- ${statusMark(node.status, 'markdown')} ${describeNode(node, MD)}`,
    ...node.applied.map((a) => `${inner}- ${describeApplied(a, MD)}`),
    ...node.reasons.map((r) => `${inner}- _why:_ ${describeReason(r, MD)}`),
    ...node.children.flatMap((child) => nodeLines(child, inner)),
  ];
}

function sectionLines(section: ReportSection): string[] {
  const lines = [`## ${section.title}`, ''];
  if (section.items.length === 0) lines.push(`_${section.empty}_`);
  for (const item of section.items) {
    const mark = item.mark === undefined ? '' : `${statusMark(item.mark, 'markdown')} `;
    lines.push(`- ${mark}${item.text}`, ...item.details.map((d) => `  - ${d}`));
  }
  return lines;
}
