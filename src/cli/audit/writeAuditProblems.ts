import type { Issue } from '../../issues/Issue.js';
import type { Io } from '../Io.js';
import { formatIssue } from '../formatIssue.js';
import type { FileReport } from '../validate/FileReport.js';
import { formatAuditIssue, type AuditInputs } from './formatAuditIssue.js';

/**
 * Why an audit could not run: the reports of the files (as `credstack
 * validate` makes them), and the issues that belong to no file (the
 * program, an option).
 *
 * @category Command line
 */
export interface AuditProblems {
  readonly files: readonly FileReport[];
  readonly issues: readonly Issue[];
}

/**
 * Prints why an audit could not run. On standard error, one line each:
 * `FILE: cannot read: REASON` for a file that could not be read, and each
 * issue as `FILE:LINE:COLUMN: CODE at PATH: MESSAGE` (placed with
 * {@link formatAuditIssue}). With `json`, standard output gets them too, as
 * one JSON object in the shape `credstack validate --json` prints,
 * `{ files: [{ file, kind, valid, issues, warnings, error? }], issues }`,
 * so that a script reading the output never finds it empty.
 *
 * @param io - where to write
 * @param inputs - the file names
 * @param problems - the files' reports and the other issues
 * @param json - print the JSON object on standard output too
 *
 * @example
 * ```ts
 * writeAuditProblems(io, args, { files: loaded.reports, issues: [] }, args.format === 'json');
 * ```
 *
 * @category Command line
 */
export function writeAuditProblems(io: Io, inputs: AuditInputs, problems: AuditProblems, json: boolean): void {
  const lines: string[] = [];
  for (const report of problems.files) {
    if (report.error !== undefined) lines.push(`${report.file}: ${report.summary}`);
    for (const found of report.issues) lines.push(formatIssue(report.file, found));
    for (const warning of report.warnings) lines.push(formatIssue(report.file, warning, { warning: true }));
  }
  for (const found of problems.issues) lines.push(formatAuditIssue(inputs, found));
  if (lines.length > 0) io.stderr(`${lines.join('\n')}\n`);
  if (!json) return;
  const files = problems.files.map(({ summary: _summary, ...rest }) => rest);
  io.stdout(`${JSON.stringify({ files, issues: problems.issues }, null, 2)}\n`);
}
