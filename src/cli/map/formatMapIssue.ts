import type { Issue } from '../../issues/Issue.js';
import { formatIssue } from '../formatIssue.js';

// The map's option names, as the command line spells them.
const FLAGS: ReadonlyMap<string | number, string> = new Map([
  ['programs', '--program'],
  ['credentials', '--credential'],
  ['asOf', '--as-of'],
]);

/**
 * Writes an issue of `safeCreditMap` as one line, placed at the flag the
 * user can fix: an issue at `options.programs[1]` is told at `--program`
 * (path `[1]`: the second `--program` given).
 *
 * @param issue - the issue, its path starting with `options`
 * @returns the line, without a newline
 *
 * @example
 * ```ts
 * formatMapIssue(issue); // '--program: unknown_reference at [0]: no unit "mit-scmx" in the catalog'
 * ```
 *
 * @category Command line
 */
export function formatMapIssue(issue: Issue): string {
  const [head, key, ...rest] = issue.path;
  const flag = head === 'options' && key !== undefined ? FLAGS.get(key) : undefined;
  return flag === undefined ? formatIssue('credstack', issue) : formatIssue(flag, { ...issue, path: rest });
}
