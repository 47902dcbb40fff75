import type { Issue } from '../../issues/Issue.js';
import { formatIssue, type FormatIssueOptions } from '../formatIssue.js';

/**
 * The files (and program) an audit ran on, to say where an issue lies.
 *
 * @category Command line
 */
export interface AuditInputs {
  /** The catalog's file name, as the user gave it. */
  readonly catalog: string;
  /** The record's file name, as the user gave it. */
  readonly record: string;
}

// The engines' option paths (dotted), as the command line spells them. The
// plan options of a ranking (`options.plan...`) read as the plan's own.
const FLAGS: ReadonlyMap<string, string> = new Map([
  ['asOf', '--as-of'],
  ['include', '--include'],
  ['stepBudget', '--step-budget'],
  ['start', '--start'],
  ['objective', '--objective'],
  ['currency', '--currency'],
  ['budget', '--budget'],
  ['latest', '--latest'],
  ['avoid.units', '--avoid-unit'],
  ['avoid.providers', '--avoid-provider'],
  ['avoid.modes', '--avoid-mode'],
  ['prefer.providers', '--prefer-provider'],
  ['prefer.modes', '--prefer-mode'],
  ['calendar.termLength', '--term-length'],
  ['calendar.perTerm', '--per-term'],
  ['calendar.labels', '--terms'],
  ['alternatives', '--alternatives'],
  ['programs', '--program'],
]);

/**
 * Writes an issue of `safeAudit` (or `safePlan`, `safeRank`) as one line, placed where the user can
 * act on it: an issue at `record...` in the record's file (with its line
 * and column, the leading `record` dropped from the path), one at an
 * option at its flag (`options.asOf` at `--as-of`, `options.calendar.perTerm`
 * and a ranking's `options.plan.calendar.perTerm` at `--per-term`,
 * `options.programs` at `--program`), one at `program` at `--program`.
 *
 * @param inputs - the file names
 * @param issue - the issue, its path starting with `record`, `options` or `program`
 * @param options - as for {@link formatIssue} (`warning`)
 * @returns the line, without a newline
 *
 * @example
 * ```ts
 * formatAuditIssue({ catalog: 'c.yaml', record: 'r.yaml' }, issue);
 * // 'r.yaml:11:22: unknown_reference at achievements[6].unit: ...'
 * ```
 *
 * @category Command line
 */
export function formatAuditIssue(inputs: AuditInputs, issue: Issue, options: FormatIssueOptions = {}): string {
  const [head] = issue.path;
  const flag = head === 'options' ? flagOf(issue.path.slice(1)) : undefined;
  const [where, path] =
    head === 'record' ? [inputs.record, issue.path.slice(1)]
    : head === 'program' ? ['--program', issue.path.slice(1)]
    : flag !== undefined ? flag
    : head === 'catalog' ? [inputs.catalog, issue.path.slice(1)]
    : ['credstack', issue.path];
  return formatIssue(where, { ...issue, path }, options);
}

/** The flag of an option's path and the rest of the path, or `undefined` when no flag sets it. */
function flagOf(path: Issue['path']): [string, Issue['path']] | undefined {
  const keys = path[0] === 'plan' ? path.slice(1) : path;
  for (let n = Math.min(2, keys.length); n >= 1; n--) {
    const flag = FLAGS.get(keys.slice(0, n).join('.'));
    if (flag !== undefined) return [flag, keys.slice(n)];
  }
  return undefined;
}
