import { safePlan } from '../../plan/safePlan.js';
import { renderPlanMarkdown } from '../../report/renderPlanMarkdown.js';
import { renderPlanText } from '../../report/renderPlanText.js';
import { renderPlanMermaid } from '../../report/renderPlanMermaid.js';
import { renderPlanDot } from '../../report/renderPlanDot.js';
import type { Command } from '../Command.js';
import type { Io } from '../Io.js';
import { runOnRecord } from '../audit/runOnRecord.js';
import { EXIT_CODES, type ExitCode } from '../exitCodes.js';
import { LIMIT_HELP } from '../parseLimitArgs.js';
import { parsePlanArgs } from '../plan/parsePlanArgs.js';
import { PLAN_OPTION_HELP } from '../plan/planOptionArgs.js';

const HELP = `Usage: credstack plan --catalog FILE --record FILE --program ID --as-of YYYY-MM-DD [options]

Finds the further units that complete a program of a catalog (JSON or YAML)
for a learner's record at the least cost (or time, credits, count, or a
weighted mix), counting credentials earned on the way and recognitions, and
prints the plan: its status, the units term by term with their cost,
credits and the requirements they fill, the totals, the route, plans by
other routes, the Pareto front of cost against completion, and whether the
search was exact.

Options:
  --catalog FILE          The catalog (required)
  --record FILE           The learner's record (required)
  --program ID            The program to complete (required)
  --as-of YYYY-MM-DD      The day the plan speaks from (what the record holds
                          then); this or --start is required
${PLAN_OPTION_HELP}
  --alternatives N        Plans by other routes to show, 0 to 20 (default 2)
  --include STATUSES      Look-ahead: count in-progress and/or planned
                          achievements as done (in-progress,planned)
  --step-budget N         The most search steps the plan may take
                          (default 20000)
${LIMIT_HELP}
  --format FORMAT         text (the default), markdown, json, mermaid (a
                          Mermaid flowchart of the terms) or dot (Graphviz)
  --json                  Same as --format json
  --markdown              Same as --format markdown
  -h, --help              Show this help

Problems with the files or the program are printed on standard error, one
line each: FILE:LINE:COLUMN: CODE at PATH: MESSAGE. With --json they are
printed on standard output too, as { "files": [...], "issues": [...] } in
the shape of credstack validate --json.

Exit codes:
  0   planned (whatever the status: complete, planned, infeasible, unknown)
  2   usage error (a missing option, a bad date, an unknown objective, ...)
  3   a file is missing, unreadable, malformed or invalid, or no such program

Examples:
  credstack plan --catalog catalog.yaml --record ada.yaml --program mit-scmb --as-of 2024-06-30
  credstack plan --catalog catalog.yaml --record ada.yaml --program hes-almm --as-of 2024-06-30 --objective time --per-term 2
  credstack plan --catalog catalog.yaml --record ada.yaml --program hes-almm --start 2025-01-06 --terms spring,summer,fall --markdown
  credstack plan --catalog catalog.yaml --record ada.yaml --program mit-scmb --as-of 2024-06-30 --json | jq .best.totals
`;

/**
 * `credstack plan`: finds the best plan to complete a program for a
 * learner's record and prints it (text, Markdown or JSON).
 *
 * @example
 * ```ts
 * const exitCode = await plan.run(['--catalog', 'c.yaml', '--record', 'r.yaml', '--program', 'mit-scmb', '--as-of', '2024-06-30'], io);
 * ```
 *
 * @category Command line
 */
export const plan: Command = {
  name: 'plan',
  help: HELP,
  run: runPlan,
};

async function runPlan(args: readonly string[], io: Io): Promise<ExitCode> {
  const parsed = parsePlanArgs(args);
  if (parsed.help) {
    io.stdout(HELP);
    return EXIT_CODES.success;
  }
  return runOnRecord(io, {
    inputs: parsed,
    format: parsed.format,
    compute: (catalog, record) => safePlan(catalog, record, parsed.program, parsed.options),
    renderers: {
      text: (result, { color }) => renderPlanText(result, { color }),
      markdown: renderPlanMarkdown,
      mermaid: (result, { catalog }) => renderPlanMermaid(result, { catalog }),
      dot: (result, { catalog }) => renderPlanDot(result, { catalog }),
    },
  });
}

