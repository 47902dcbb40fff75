import type { AppliedException, AuditResult, InferredCredential, NodeStatus, PolicyOutcome, UnusedAchievement } from '../audit/AuditResult.js';
import { describeReason } from './describeReason.js';
import { PLAIN_STYLE, type ReportStyle } from './ReportStyle.js';

/**
 * One entry of a report section: a line, an optional status mark before
 * it, and detail lines under it.
 *
 * @category Reports
 */
export interface ReportItem {
  readonly mark?: NodeStatus;
  readonly text: string;
  readonly details: readonly string[];
}

/**
 * A section of a report after the requirement tree.
 *
 * @category Reports
 */
export interface ReportSection {
  readonly title: string;
  readonly items: readonly ReportItem[];
  /** What to print when there are no items. */
  readonly empty: string;
}

/**
 * The sections after the requirement tree, in order: Policies, Inferred
 * credentials, Exceptions, and Achievements not used (each with its
 * reasons).
 *
 * @param result - the audit's result
 * @param style - how to write ids and prose (plain text by default)
 * @returns the sections, empty ones included
 *
 * @example
 * ```ts
 * reportSections(result).map((s) => s.title);
 * // ['Policies', 'Inferred credentials', 'Exceptions', 'Achievements not used']
 * ```
 *
 * @category Reports
 */
export function reportSections(result: AuditResult, style: ReportStyle = PLAIN_STYLE): ReportSection[] {
  return [
    { title: 'Policies', items: result.policies.map((p) => policyItem(p, style)), empty: 'none' },
    { title: 'Inferred credentials', items: result.inferred.map((c) => inferredItem(c, style)), empty: 'none' },
    { title: 'Exceptions', items: result.exceptions.map((e) => exceptionItem(e, style)), empty: 'none' },
    { title: 'Achievements not used', items: result.unused.map((u) => unusedItem(u, style)), empty: 'none: every achievement counts' },
  ];
}

function policyItem(policy: PolicyOutcome, style: ReportStyle): ReportItem {
  return { mark: policy.met ? 'satisfied' : 'unmet', text: `${style.id(policy.policy)}: ${style.text(policy.message)}`, details: [] };
}

function inferredItem(credential: InferredCredential, style: ReportStyle): ReportItem {
  const lookAhead = credential.lookAhead ? ' (look-ahead)' : '';
  const parts = credential.parts.map(style.id).join(', ');
  return {
    text: `${style.id(credential.unit)} (${style.id(credential.id)}), earned ${credential.earnedOn}, from ${parts}${lookAhead}`,
    details: [],
  };
}

function exceptionItem(exception: AppliedException, style: ReportStyle): ReportItem {
  const note = exception.note === undefined ? '' : `: ${style.text(exception.note)}`;
  return {
    mark: exception.applied ? 'satisfied' : 'unmet',
    text: `${style.id(exception.id)} (${exception.kind} by ${style.text(exception.author)}): ${style.text(exception.reason)}`,
    details: exception.applied && note === '' ? [] : [`${exception.applied ? 'applied' : 'not applied'}${note}`],
  };
}

function unusedItem(unused: UnusedAchievement, style: ReportStyle): ReportItem {
  const unit = unused.unit === undefined ? '' : ` (${style.id(unused.unit)})`;
  return { text: `${style.id(unused.achievement)}${unit}`, details: unused.reasons.map((r) => describeReason(r, style)) };
}
