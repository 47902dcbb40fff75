import type { Io } from '../Io.js';
import { formatIssue } from '../formatIssue.js';
import type { FileReport } from './FileReport.js';

/**
 * Options for {@link writeReports}.
 *
 * @category Command line
 */
export interface WriteReportsOptions {
  /** Print one JSON object `{ files: [...] }` instead of lines of text. */
  readonly json?: boolean;
  /** Text only: print only the problems (issues, unreadable files), no warnings or summaries. */
  readonly quiet?: boolean;
}

/**
 * Prints what `credstack validate` found, on standard output: for each
 * file its issues, its warnings and a summary line, or with `json` one
 * JSON object `{ files: [{ file, kind, valid, issues, warnings }] }`
 * (plus `error` for a file that could not be read).
 *
 * @param io - where to write
 * @param reports - the reports, in order
 * @param options - see {@link WriteReportsOptions}
 *
 * @example
 * ```ts
 * writeReports(io, await validateFiles(io, files), { json: true });
 * ```
 *
 * @category Command line
 */
export function writeReports(io: Io, reports: readonly FileReport[], options: WriteReportsOptions = {}): void {
  if (options.json === true) {
    io.stdout(`${JSON.stringify({ files: reports.map(toJson) }, null, 2)}\n`);
    return;
  }
  const lines: string[] = [];
  for (const report of reports) {
    for (const issue of report.issues) lines.push(formatIssue(report.file, issue));
    if (options.quiet === true) {
      if (report.error !== undefined) lines.push(`${report.file}: ${report.summary}`);
      continue;
    }
    for (const warning of report.warnings) lines.push(formatIssue(report.file, warning, { warning: true }));
    lines.push(`${report.file}: ${report.summary}`);
  }
  if (lines.length > 0) io.stdout(`${lines.join('\n')}\n`);
}

function toJson(report: FileReport): Omit<FileReport, 'summary'> {
  const { summary: _summary, ...rest } = report;
  return rest;
}
