import type { Requirement } from '../../model/requirement.js';
import type { IssuePath } from '../../issues/Issue.js';
import type { ExportContext } from './ExportContext.js';

/** What each qualifier is, for the warnings. */
const WHAT: Readonly<Record<string, string>> = {
  minGrade: 'a minimum grade',
  minGpa: 'a minimum grade-point average',
  earnedWithin: 'a window of time achievements must be earned within',
  earnedBetween: 'a period achievements must be earned in',
  verified: 'a demand for verified achievements',
  maxRecognized: 'a cap on recognised credit',
  maxPer: 'a cap per subject or provider',
  minDistinct: 'a demand for distinct subjects, providers, tags or kinds',
  limits: 'limits on what is applied',
  share: 'an overlay (share)',
  from: 'an overlay that looks at claimed achievements',
  claim: 'claim: needed',
  max: 'a maximum',
  select: 'a filter',
};

/**
 * The fields of a requirement node CTDL has no place for (everything but
 * `skip`), each reported `not_exported` at its path (a node's own `id`
 * silently: it is not a rule).
 *
 * @internal
 */
export function keptFields(ctx: ExportContext, node: Requirement, path: IssuePath, skip: readonly string[]): Record<string, unknown> {
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (skip.includes(key) || value === undefined) continue;
    rest[key] = value;
    if (key !== 'id') ctx.notExported([...path, key], WHAT[key] ?? `the field "${key}"`, 'credstack:requirement');
  }
  return rest;
}

/**
 * The `ceterms:Constraint` that says the credits of what counts must reach
 * a number: `leftSource` `ceterms:creditValue`, `comparator`
 * `compare:GTEQ`, `rightSource` the number.
 *
 * @internal
 */
export function creditConstraint(credits: number): Record<string, unknown> {
  return {
    '@type': 'ceterms:Constraint',
    'ceterms:leftSource': ['ceterms:creditValue'],
    'ceterms:comparator': 'compare:GTEQ',
    'ceterms:rightSource': [String(credits)],
  };
}
