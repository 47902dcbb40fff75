import type { Catalog } from '../../catalog/Catalog.js';
import type { ParseLimits } from '../../_internal/parseLimits.js';
import type { TextDocument } from '../../_internal/TextDocument.js';
import type { SafeResult } from '../../issues/Result.js';
import type { Io } from '../Io.js';
import type { ReportFormat } from '../parseFormatArg.js';
import { EXIT_CODES, type ExitCode } from '../exitCodes.js';
import { auditProblemsOf } from './auditProblemsOf.js';
import type { AuditInputs } from './formatAuditIssue.js';
import { loadAuditInputs } from './loadAuditInputs.js';
import { writeAuditProblems } from './writeAuditProblems.js';
import { writeAuditWarnings } from './writeAuditWarnings.js';

/**
 * What a command that runs the engine on one catalog and one record
 * (`audit`, `plan`, `rank`) tells {@link runOnRecord}.
 *
 * @category Command line
 */
/**
 * What a renderer of a record command may use besides the result: whether
 * to colour the text (standard output is a terminal that shows colour) and
 * the catalog (a plan's picture draws prerequisites from it).
 *
 * @category Command line
 */
export interface RenderContext {
  readonly color: boolean;
  readonly catalog: Catalog;
}

/**
 * The renderers of a record command: text and Markdown always; Mermaid
 * and DOT for the commands that draw (their `--format` allows them).
 *
 * @category Command line
 */
export interface RecordRenderers<T> {
  readonly text: (result: T, context: RenderContext) => string;
  readonly markdown: (result: T, context: RenderContext) => string;
  readonly mermaid?: (result: T, context: RenderContext) => string;
  readonly dot?: (result: T, context: RenderContext) => string;
}

export interface RecordCommandRun<T> {
  /** The file names and the limits, from the command's arguments. */
  readonly inputs: AuditInputs & { readonly limits: ParseLimits };
  /** How to print the result (and, for `json`, the problems). */
  readonly format: ReportFormat;
  /** Runs the engine's safe form on the loaded catalog and record. */
  readonly compute: (catalog: Catalog, record: TextDocument) => SafeResult<T>;
  /** The result as a text report, as Markdown and, for commands that draw, as pictures; JSON is the result itself. */
  readonly renderers: RecordRenderers<T>;
  /** The exit code for the result; success when absent. */
  readonly exitCode?: (result: T) => ExitCode;
}

/**
 * Loads the catalog and record files, runs the engine, and prints the
 * result, or the problems with the files, the program or the options
 * (exit code 3), and the warnings on the error stream.
 *
 * @param io - where to read and print
 * @param run - the command's inputs, engine call and renderer
 * @returns the exit code
 *
 * @example
 * ```ts
 * return runOnRecord(io, {
 *   inputs: parsed,
 *   format: parsed.format,
 *   compute: (catalog, record) => safeAudit(catalog, record, parsed.program, parsed.options),
 *   renderers: { text: renderAuditText, markdown: renderAuditMarkdown },
 * });
 * ```
 *
 * @category Command line
 */
export async function runOnRecord<T>(io: Io, run: RecordCommandRun<T>): Promise<ExitCode> {
  const { inputs, format } = run;
  const json = format === 'json';
  const loaded = await loadAuditInputs(io, inputs, inputs.limits);
  if (!loaded.ok) {
    writeAuditProblems(io, inputs, { files: loaded.reports, issues: [] }, json);
    return EXIT_CODES.invalidData;
  }
  const outcome = run.compute(loaded.catalog, loaded.record);
  if (!outcome.success) {
    writeAuditProblems(io, inputs, auditProblemsOf(inputs, loaded.catalogReport, outcome.issues), json);
    return EXIT_CODES.invalidData;
  }
  writeAuditWarnings(io, inputs, loaded.catalogReport, outcome.warnings);
  io.stdout(json ? `${JSON.stringify(outcome.data, null, 2)}\n` : render(run.renderers, format, outcome.data, { color: io.stdoutColor === true, catalog: loaded.catalog }));
  return run.exitCode?.(outcome.data) ?? EXIT_CODES.success;
}

function render<T>(renderers: RecordRenderers<T>, format: Exclude<ReportFormat, 'json'>, result: T, context: RenderContext): string {
  const renderer = renderers[format];
  // parseFormatArg lets through only the formats a command has renderers for.
  if (renderer === undefined) throw new Error(`no ${format} renderer`);
  return renderer(result, context);
}
