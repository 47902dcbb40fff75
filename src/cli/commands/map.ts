import type { CreditMap } from '../../creditMap/CreditMapEntry.js';
import { safeCreditMap } from '../../creditMap/safeCreditMap.js';
import { renderCreditMapText } from '../../creditMap/renderCreditMapText.js';
import { renderCreditMapMarkdown } from '../../creditMap/renderCreditMapMarkdown.js';
import { renderCreditMapMermaid } from '../../creditMap/renderCreditMapMermaid.js';
import { renderCreditMapDot } from '../../report/renderCreditMapDot.js';
import { safeParseCatalog } from '../../catalog/safeParseCatalog.js';
import type { Command } from '../Command.js';
import type { Io } from '../Io.js';
import { EXIT_CODES, type ExitCode } from '../exitCodes.js';
import type { Issue } from '../../issues/Issue.js';
import { formatIssue } from '../formatIssue.js';
import { loadDocument } from '../loadDocument.js';
import { invalidReport, type FileReport } from '../validate/FileReport.js';
import { LIMIT_HELP } from '../parseLimitArgs.js';
import { parseMapArgs, type MapFormat } from '../map/parseMapArgs.js';
import { formatMapIssue } from '../map/formatMapIssue.js';

const HELP = `Usage: credstack map --catalog FILE [options]

Maps which credentials of a catalog (JSON or YAML) count toward which of its
programs: for each credential and program, the route (direct, recognized
through an agreement, stacked into a composite that counts), the credits in
the program's credit system, the requirements it meets, and the conditions
(agreement dates, verification, grades, caps). The credits are the audit's
own: each credential is audited alone. See docs/credit-map.md.

Options:
  --catalog FILE          The catalog (required)
  --program ID            A program to map (repeatable; default: every program)
  --credential ID         A credential to map (repeatable; default: every unit)
  --as-of YYYY-MM-DD      The day the map speaks for (agreements in force,
                          earnedWithin, validity)
${LIMIT_HELP}
  --format FORMAT         text (the default), markdown (a table), json,
                          mermaid (a Mermaid flowchart) or dot (Graphviz)
  --json, --markdown, --mermaid
                          Same as --format json, markdown, mermaid
  -h, --help              Show this help

Problems with the file or the options are printed on standard error, one
line each: FILE:LINE:COLUMN: CODE at PATH: MESSAGE (an unknown program at
--program). With --json they are printed on standard output too, as
{ "files": [...], "issues": [...] }.

Exit codes:
  0   mapped
  2   usage error (a missing option, a bad --as-of date, ...)
  3   the catalog is missing, unreadable, malformed or invalid, or no such program

Examples:
  credstack map --catalog catalog.yaml --as-of 2024-06-30
  credstack map --catalog catalog.yaml --program mit-scmb --program hes-almm --markdown
  credstack map --catalog catalog.yaml --mermaid > map.mmd
`;

/**
 * `credstack map`: prints which credentials count toward which programs
 * (text, Markdown, Mermaid or JSON).
 *
 * @example
 * ```ts
 * const exitCode = await map.run(['--catalog', 'c.yaml', '--as-of', '2024-06-30'], io);
 * ```
 *
 * @category Command line
 */
export const map: Command = {
  name: 'map',
  help: HELP,
  run: runMap,
};

async function runMap(args: readonly string[], io: Io): Promise<ExitCode> {
  const parsed = parseMapArgs(args);
  if (parsed.help) {
    io.stdout(HELP);
    return EXIT_CODES.success;
  }
  const json = parsed.format === 'json';
  const loaded = await loadDocument(io, parsed.catalog, parsed.limits);
  if (!loaded.ok) {
    const report: FileReport = 'reason' in loaded
      ? { file: parsed.catalog, kind: 'catalog', valid: false, issues: [], warnings: [], error: loaded.reason, summary: `cannot read: ${loaded.reason}` }
      : invalidReport(parsed.catalog, 'catalog', loaded.issues);
    writeProblems(io, [report], [], json);
    return EXIT_CODES.invalidData;
  }
  const catalog = safeParseCatalog(loaded.document);
  if (!catalog.success) {
    writeProblems(io, [invalidReport(parsed.catalog, 'catalog', catalog.issues)], [], json);
    return EXIT_CODES.invalidData;
  }
  const outcome = safeCreditMap(catalog.data, parsed.options);
  if (!outcome.success) {
    writeProblems(io, [], outcome.issues, json);
    return EXIT_CODES.invalidData;
  }
  const warnings = [...catalog.warnings.map((w) => formatIssue(parsed.catalog, w, { warning: true })), ...outcome.warnings.map((w) => formatIssue('credstack', w, { warning: true }))];
  if (warnings.length > 0) io.stderr(`${warnings.join('\n')}\n`);
  io.stdout(render(outcome.data, parsed.format));
  return EXIT_CODES.success;
}

/** Prints why the map could not be made, as `credstack audit` does: lines on standard error, and with --json the same as JSON on standard output. */
function writeProblems(io: Io, files: readonly FileReport[], issues: readonly Issue[], json: boolean): void {
  const lines: string[] = [];
  for (const report of files) {
    if (report.error !== undefined) lines.push(`${report.file}: ${report.summary}`);
    for (const found of report.issues) lines.push(formatIssue(report.file, found));
  }
  for (const found of issues) lines.push(formatMapIssue(found));
  if (lines.length > 0) io.stderr(`${lines.join('\n')}\n`);
  if (json) io.stdout(`${JSON.stringify({ files: files.map(({ summary: _summary, ...rest }) => rest), issues }, null, 2)}\n`);
}

function render(result: CreditMap, format: MapFormat): string {
  if (format === 'json') return `${JSON.stringify(result, null, 2)}\n`;
  if (format === 'markdown') return renderCreditMapMarkdown(result);
  if (format === 'dot') return renderCreditMapDot(result);
  return format === 'mermaid' ? renderCreditMapMermaid(result) : renderCreditMapText(result);
}
