import { safeRank } from '../../rank/safeRank.js';
import { renderRankMarkdown } from '../../report/renderRankMarkdown.js';
import { renderRankText } from '../../report/renderRankText.js';
import type { Command } from '../Command.js';
import type { Io } from '../Io.js';
import { runOnRecord } from '../audit/runOnRecord.js';
import { EXIT_CODES, type ExitCode } from '../exitCodes.js';
import { LIMIT_HELP } from '../parseLimitArgs.js';
import { parseRankArgs } from '../rank/parseRankArgs.js';
import { PLAN_OPTION_HELP } from '../plan/planOptionArgs.js';

const HELP = `Usage: credstack rank --catalog FILE --record FILE --as-of YYYY-MM-DD [options]

Ranks the programs of a catalog (JSON or YAML) for a learner's record,
closest first: for each, the status, the share of requirements met, the
credits applied, what of the record counts toward it and how (directly,
stacked into a credential, recognised), and what the cheapest plan to
finish costs and when it completes. Programs the record meets come first,
then those with a plan, by the plan's objective, then the rest.

Options:
  --catalog FILE          The catalog (required)
  --record FILE           The learner's record (required)
  --program ID            A program to rank (repeatable; default: every
                          program of the catalog)
  --as-of YYYY-MM-DD      The day the ranking speaks for; needed to plan
                          (unless --start is given)
  --no-plan               Rank by what the record meets alone, without plans
  --include STATUSES      Look-ahead: count in-progress and/or planned
                          achievements (in-progress,planned)
Plan options (each program's plan):
${PLAN_OPTION_HELP}
  --step-budget N         The most search steps each program's plan may take
                          (default 2000)
${LIMIT_HELP}
  --format FORMAT         text (the default), markdown (a table) or json
  --json                  Same as --format json
  --markdown              Same as --format markdown
  -h, --help              Show this help

Problems with the files or the programs are printed on standard error, one
line each: FILE:LINE:COLUMN: CODE at PATH: MESSAGE (an unknown program at
--program). With --json they are printed on standard output too, as
{ "files": [...], "issues": [...] } in the shape of credstack validate --json.

Exit codes:
  0   ranked
  2   usage error (a missing option, a bad date, --no-plan with plan options, ...)
  3   a file is missing, unreadable, malformed or invalid, or no such program

Examples:
  credstack rank --catalog catalog.yaml --record ada.yaml --as-of 2024-06-30
  credstack rank --catalog catalog.yaml --record ada.yaml --as-of 2024-06-30 --objective time --markdown
  credstack rank --catalog catalog.yaml --record ada.yaml --program mit-scmb --program hes-almm --no-plan
  credstack rank --catalog catalog.yaml --record ada.yaml --as-of 2024-06-30 --json | jq '.programs[0].program.id'
`;

/**
 * `credstack rank`: ranks the programs of a catalog for a learner's record,
 * closest first, and prints the ranking (text, Markdown or JSON).
 *
 * @example
 * ```ts
 * const exitCode = await rank.run(['--catalog', 'c.yaml', '--record', 'r.yaml', '--as-of', '2024-06-30'], io);
 * ```
 *
 * @category Command line
 */
export const rank: Command = {
  name: 'rank',
  help: HELP,
  run: runRank,
};

async function runRank(args: readonly string[], io: Io): Promise<ExitCode> {
  const parsed = parseRankArgs(args);
  if (parsed.help) {
    io.stdout(HELP);
    return EXIT_CODES.success;
  }
  return runOnRecord(io, {
    inputs: parsed,
    format: parsed.format,
    compute: (catalog, record) => safeRank(catalog, record, parsed.options),
    renderers: { text: (result, { color }) => renderRankText(result, { color }), markdown: renderRankMarkdown },
  });
}

