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

// The audit's option names, as the command line spells them.
const FLAGS: ReadonlyMap<string | number, string> = new Map([
  ['asOf', '--as-of'],
  ['include', '--include'],
  ['stepBudget', '--step-budget'],
]);

/**
 * Writes an issue of `safeAudit` as one line, placed where the user can
 * act on it: an issue at `record...` in the record's file (with its line
 * and column, the leading `record` dropped from the path), one at
 * `options.asOf` at its flag (`--as-of`), one at `program` at `--program`.
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
  const [head, key, ...rest] = issue.path;
  const flag = key === undefined ? undefined : FLAGS.get(key);
  const [where, path] =
    head === 'record' ? [inputs.record, issue.path.slice(1)]
    : head === 'program' ? ['--program', issue.path.slice(1)]
    : head === 'options' && flag !== undefined ? [flag, rest]
    : head === 'catalog' ? [inputs.catalog, issue.path.slice(1)]
    : ['credstack', issue.path];
  return formatIssue(where, { ...issue, path }, options);
}
