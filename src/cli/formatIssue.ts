import type { Issue } from '../issues/Issue.js';
import { formatPath } from '../issues/formatPath.js';
import { escapeControls } from '../_internal/escapeControls.js';

/**
 * Options for {@link formatIssue}.
 *
 * @category Command line
 */
export interface FormatIssueOptions {
  /** Mark the issue as a warning (`warning` before the code). */
  readonly warning?: boolean;
}

/**
 * Writes one issue as one line, the way compilers do so that editors can
 * jump to it: `FILE:LINE:COLUMN: CODE at PATH: MESSAGE`. `:LINE:COLUMN` is
 * left out when the issue has no position, ` at PATH` when the issue is
 * about the whole document; a warning has `warning` before its code.
 * Control characters from the data (an escape sequence in an id) are
 * printed visibly (`\x1B`), never sent to the terminal.
 *
 * @param file - the file name as the user gave it
 * @param issue - the issue
 * @param options - see {@link FormatIssueOptions}
 * @returns the line, without a newline
 *
 * @example
 * ```ts
 * formatIssue('catalog.yaml', { code: 'unknown_reference', path: ['units', 3, 'provider'], message: '...', line: 40, column: 15 });
 * // 'catalog.yaml:40:15: unknown_reference at units[3].provider: ...'
 * ```
 *
 * @category Command line
 */
export function formatIssue(file: string, issue: Issue, options: FormatIssueOptions = {}): string {
  const where = issue.line === undefined ? file : `${file}:${issue.line}${issue.column === undefined ? '' : `:${issue.column}`}`;
  const severity = options.warning === true ? 'warning ' : '';
  const at = issue.path.length > 0 ? ` at ${formatPath(issue.path)}` : '';
  return escapeControls(`${where}: ${severity}${issue.code}${at}: ${oneLine(issue.message)}`);
}

// One issue, one line: tools that read the output split on newlines.
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ');
}
