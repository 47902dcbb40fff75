import { safeAudit } from '../../audit/safeAudit.js';
import { renderAuditMarkdown } from '../../report/renderAuditMarkdown.js';
import { renderAuditText } from '../../report/renderAuditText.js';
import { renderAuditMermaid } from '../../report/renderAuditMermaid.js';
import { renderAuditDot } from '../../report/renderAuditDot.js';
import type { Command } from '../Command.js';
import type { Io } from '../Io.js';
import { runOnRecord } from '../audit/runOnRecord.js';
import { EXIT_CODES, type ExitCode } from '../exitCodes.js';
import { LIMIT_HELP } from '../parseLimitArgs.js';
import { parseAuditArgs } from '../audit/parseAuditArgs.js';
import { auditCohort } from '../cohort/auditCohort.js';

const HELP = `Usage: credstack audit --catalog FILE --record FILE --program ID [options]
       credstack audit --catalog FILE --records FILE.ndjson --program ID [options]

Audits a learner's record against one program of a catalog (JSON or YAML)
and prints a report: each requirement's status and progress, the
achievements applied with their provenance, the reasons for what is unmet,
the policies, inferred credentials, exceptions and unused achievements.

Options:
  --catalog FILE          The catalog (required)
  --record FILE           The learner's record (this or --records)
  --records FILE          A cohort: one record (JSON) a line; prints one
                          result (JSON) a line, in the same order:
                          { line, id, result } or { line, id, issues }
  --workers N             Worker threads for --records (default: the
                          number of cores)
  --program ID            The program to audit against (required)
  --as-of YYYY-MM-DD      The day the audit speaks for; needed when dates
                          matter (expiry, validity, earnedWithin, agreements)
  --include STATUSES      Look-ahead: count in-progress and/or planned
                          achievements (comma-separated: in-progress,planned)
  --step-budget N         The most search steps the allocation may take
${LIMIT_HELP}
  --format FORMAT         text (the default), markdown, json, mermaid (a
                          Mermaid flowchart) or dot (Graphviz)
  --json                  Same as --format json
  --markdown              Same as --format markdown
  --fail-unmet            Exit 1 when the program is not satisfied
  -h, --help              Show this help

Problems with the files or the program are printed on standard error, one
line each: FILE:LINE:COLUMN: CODE at PATH: MESSAGE. With --json they are
printed on standard output too, as { "files": [...], "issues": [...] } in
the shape of credstack validate --json.

Exit codes:
  0   audited (and, with --fail-unmet, the program is satisfied)
  1   the program is not satisfied and --fail-unmet was given (with
      --records: some record is not)
  2   usage error (a missing option, a bad --as-of date, ...)
  3   a file is missing, unreadable, malformed or invalid, or no such
      program; with --records, also when a line could not be audited (the
      others still are)

Examples:
  credstack audit --catalog catalog.yaml --record ada.yaml --program mit-scmb --as-of 2024-06-30
  credstack audit --catalog catalog.yaml --record ada.yaml --program hes-almm --include planned --markdown
  credstack audit --catalog catalog.yaml --record ada.yaml --program mit-scmb --json | jq .satisfied
  credstack audit --catalog catalog.yaml --record ada.yaml --program mit-scmb --as-of 2024-06-30 --format dot | dot -Tsvg > ada.svg
  credstack audit --catalog catalog.yaml --records cohort.ndjson --program mit-scmb --as-of 2024-06-30 > results.ndjson
`;

/**
 * `credstack audit`: audits a learner's record against one program and
 * prints the report (text, Markdown or JSON).
 *
 * @example
 * ```ts
 * const exitCode = await audit.run(['--catalog', 'c.yaml', '--record', 'r.yaml', '--program', 'mit-scmb'], io);
 * ```
 *
 * @category Command line
 */
export const audit: Command = {
  name: 'audit',
  help: HELP,
  run: runAudit,
};

async function runAudit(args: readonly string[], io: Io): Promise<ExitCode> {
  const parsed = parseAuditArgs(args);
  if (parsed.help) {
    io.stdout(HELP);
    return EXIT_CODES.success;
  }
  if ('cohort' in parsed) return auditCohort(io, parsed);
  return runOnRecord(io, {
    inputs: parsed,
    format: parsed.format,
    compute: (catalog, record) => safeAudit(catalog, record, parsed.program, parsed.options),
    renderers: {
      text: (result, { color }) => renderAuditText(result, { color }),
      markdown: renderAuditMarkdown,
      mermaid: (result) => renderAuditMermaid(result),
      dot: (result) => renderAuditDot(result),
    },
    exitCode: (result) => (parsed.failUnmet && !result.satisfied ? EXIT_CODES.unmet : EXIT_CODES.success),
  });
}

