import type { AuditResult, NodeResult } from '../audit/AuditResult.js';
import { budgetNote } from './budgetNote.js';
import { describeApplied } from './describeApplied.js';
import { describeNode } from './describeNode.js';
import { describeReason } from './describeReason.js';
import { paint } from './paint.js';
import { reportSections, type ReportSection } from './reportSections.js';
import { statusMark } from './statusMark.js';
import { summaryFacts } from './summaryFacts.js';

/**
 * Options for {@link renderAuditText}.
 *
 * @category Reports
 */
export interface RenderAuditTextOptions {
  /** Colour the status marks and headings with ANSI escape codes (off by default). */
  readonly color?: boolean;
}

/**
 * Writes an audit's result as a plain-text report a registrar or a learner
 * can follow: a header (program, as-of date, overall status, credits,
 * requirements met), the requirement tree with a mark per node (`[x]`
 * satisfied, `[~]` partial, `[ ]` unmet, `[w]` waived), its progress, the
 * achievements applied (`-`, with credits and provenance) and the reasons
 * (`!`); then the policies, the inferred credentials, the exceptions and
 * the achievements not used with their reasons, and a note when the step
 * budget was reached. A pure function: it only builds the string.
 *
 * @param result - the audit's result, from {@link audit} or {@link safeAudit}
 * @param options - see {@link RenderAuditTextOptions}
 * @returns the report, lines ending with `\n`
 *
 * @example
 * ```ts
 * const result = audit(catalog, record, 'mit-scmb', { asOf: '2024-06-30' });
 * process.stdout.write(renderAuditText(result));
 * // Program:      Master of Applied Science in Supply Chain Management (blended) (mit-scmb)
 * // ...
 * // [ ] Semester in residence (January to June) [residence]: 0/1
 * //     ! needs an eligible achievement of mit-scm-residence; none applied (missing_unit)
 * ```
 *
 * @category Reports
 */
export function renderAuditText(result: AuditResult, options: RenderAuditTextOptions = {}): string {
  const color = options.color === true;
  const lines = [
    ...summaryFacts(result).map(({ label, value }) => `${`${label}:`.padEnd(14)}${label === 'Status' ? paint(value, result.status, color) : value}`),
    '',
    paint('Requirements', 'bold', color),
    ...nodeLines(result.root, '', color),
  ];
  for (const section of reportSections(result)) lines.push('', ...sectionLines(section, color));
  const note = budgetNote(result);
  if (note !== undefined) lines.push('', `Note: ${note}`);
  return `${lines.join('\n')}\n`;
}

function nodeLines(node: NodeResult, indent: string, color: boolean): string[] {
  const inner = `${indent}    `;
  return [
    `${indent}${paint(statusMark(node.status), node.status, color)} ${describeNode(node)}`,
    ...node.applied.map((a) => `${inner}- ${describeApplied(a)}`),
    ...node.reasons.map((r) => `${inner}! ${describeReason(r)}`),
    ...node.children.flatMap((child) => nodeLines(child, inner, color)),
  ];
}

function sectionLines(section: ReportSection, color: boolean): string[] {
  const lines = [paint(section.title, 'bold', color)];
  if (section.items.length === 0) lines.push(`  ${section.empty}`);
  for (const item of section.items) {
    const bullet = item.mark === undefined ? '-' : statusMark(item.mark);
    const under = ' '.repeat(bullet.length + 3);
    lines.push(`  ${item.mark === undefined ? bullet : paint(bullet, item.mark, color)} ${item.text}`, ...item.details.map((d) => `${under}${d}`));
  }
  return lines;
}
