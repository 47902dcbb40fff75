import type { Command } from '../Command.js';
import type { Io } from '../Io.js';
import { DOCUMENT_KINDS, type DocumentKind } from '../DocumentKind.js';
import { EXIT_CODES, type ExitCode } from '../exitCodes.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { UsageError } from '../UsageError.js';
import { LIMIT_HELP, LIMIT_OPTIONS, parseLimitArgs } from '../parseLimitArgs.js';
import { validateFiles, type ValidateFilesOptions } from '../validate/validateFiles.js';
import { writeReports } from '../validate/writeReports.js';

const HELP = `Usage: credstack validate FILE... [--kind catalog|record] [--catalog FILE] [--json] [--quiet]
                          [--max-size SIZE] [--max-nodes N]

Checks catalogs and learners' records, in JSON or YAML. A document with
"units" is a catalog; otherwise one with "achievements" is a record.
Records are checked against the --catalog FILE, or else against the first
valid catalog among the FILEs.

Prints each issue as FILE:LINE:COLUMN: CODE at PATH: MESSAGE, each warning
with "warning" before its code, and a summary line a file.

Options:
  --kind catalog|record   Treat every FILE as this kind of document
  --catalog FILE          Check records against this catalog (validated too)
  --json                  Print one JSON object: { "files": [{ file, kind, valid, issues, warnings }] }
  -q, --quiet             Print only problems: no warnings, no summaries
${LIMIT_HELP}
  -h, --help              Show this help

Exit codes:
  0   every file is valid
  2   usage error
  3   a file is missing, unreadable, malformed or invalid

Examples:
  credstack validate catalog.yaml
  credstack validate record.json --catalog catalog.yaml
  credstack validate --json catalog.yaml record.yaml
`;

/**
 * `credstack validate FILE...`: checks catalogs and learners' records and
 * reports every issue with its file, line, column and path.
 *
 * @example
 * ```ts
 * const exitCode = await validate.run(['catalog.yaml'], io);
 * ```
 *
 * @category Command line
 */
export const validate: Command = {
  name: 'validate',
  help: HELP,
  run: runValidate,
};

async function runValidate(args: readonly string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      kind: { type: 'string' },
      catalog: { type: 'string' },
      json: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
      ...LIMIT_OPTIONS,
    },
  });
  if (values.help === true) {
    io.stdout(HELP);
    return EXIT_CODES.success;
  }
  if (positionals.length === 0) throw new UsageError('validate needs at least one FILE');
  const options: ValidateFilesOptions = {
    ...(values.kind !== undefined && { kind: parseKind(values.kind) }),
    ...(values.catalog !== undefined && { catalog: values.catalog }),
    limits: parseLimitArgs(values),
  };
  const reports = await validateFiles(io, positionals, options);
  writeReports(io, reports, { json: values.json === true, quiet: values.quiet === true });
  return reports.every((r) => r.valid) ? EXIT_CODES.success : EXIT_CODES.invalidData;
}

function parseKind(value: string): DocumentKind {
  const kind = DOCUMENT_KINDS.find((k) => k === value);
  if (kind === undefined) throw new UsageError(`--kind must be one of ${DOCUMENT_KINDS.join(', ')}, not '${value}'`);
  return kind;
}
