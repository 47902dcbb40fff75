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
export interface RecordCommandRun<T> {
  /** The file names and the limits, from the command's arguments. */
  readonly inputs: AuditInputs & { readonly limits: ParseLimits };
  /** How to print the result (and, for `json`, the problems). */
  readonly format: ReportFormat;
  /** Runs the engine's safe form on the loaded catalog and record. */
  readonly compute: (catalog: Catalog, record: TextDocument) => SafeResult<T>;
  /** The result as a text report and as Markdown; JSON is the result itself. */
  readonly renderers: { readonly text: (result: T) => string; readonly markdown: (result: T) => string };
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
  io.stdout(json ? `${JSON.stringify(outcome.data, null, 2)}\n` : run.renderers[format](outcome.data));
  return run.exitCode?.(outcome.data) ?? EXIT_CODES.success;
}
