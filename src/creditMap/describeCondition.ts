import type { ConditionSource, CreditCondition } from './CreditCondition.js';
import type { ReportStyle } from '../report/ReportStyle.js';
import { formatNumber } from '../report/formatNumber.js';

/**
 * A condition in words: `verified (recognition mit-scmb-pathway)`,
 * `grade 60 or better on percent (requirement scm-micromasters of
 * mitx-scm-micromasters)`.
 *
 * @param condition - the condition
 * @param style - how ids and prose are written (plain or Markdown)
 * @returns the phrase
 *
 * @example
 * ```ts
 * describeCondition({ kind: 'verified', source: { kind: 'recognition', id: 'r1' } }, PLAIN_STYLE); // 'verified (recognition r1)'
 * ```
 *
 * @internal
 */
export function describeCondition(condition: CreditCondition, style: ReportStyle): string {
  return `${what(condition, style)} (${source(condition.source, style)})`;
}

function what(c: CreditCondition, style: ReportStyle): string {
  switch (c.kind) {
    case 'inForce': return `earned ${range(c.from, c.until)}`;
    case 'minGrade': return `grade ${style.text(String(c.grade))} or better on ${style.id(c.scale)}`;
    case 'verified': return 'verified';
    case 'earnedWithin': return `earned within ${style.id(c.duration)} of the audit date`;
    case 'earnedBetween': return `earned ${range(c.from, c.until)}`;
    case 'issuerAccreditedBy': return `issuer accredited by ${style.id(c.body)} when earned`;
    case 'recognitionLimit': return `at most ${amounts(c)} through the agreement`;
    case 'maxRecognized': return `at most ${amounts(c)} recognised`;
    case 'validity': return `lapses ${style.id(c.duration)} after it is earned`;
  }
}

function range(from: string | undefined, until: string | undefined): string {
  if (from !== undefined && until !== undefined) return `${from} to ${until}`;
  return from !== undefined ? `from ${from}` : `until ${until ?? 'any time'}`;
}

function amounts(c: { readonly credits?: number; readonly count?: number; readonly share?: number }): string {
  const parts = [
    ...(c.credits !== undefined ? [`${formatNumber(c.credits)} credits`] : []),
    ...(c.count !== undefined ? [`${formatNumber(c.count)} items`] : []),
    ...(c.share !== undefined ? [`${formatNumber(c.share * 100)}% of the credits`] : []),
  ];
  return parts.join(' and ');
}

function source(s: ConditionSource, style: ReportStyle): string {
  const of = s.unit === undefined ? '' : ` of ${style.id(s.unit)}`;
  return `${s.kind} ${style.id(s.id)}${of}`;
}
