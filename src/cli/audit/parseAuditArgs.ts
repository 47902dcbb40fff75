import type { AuditOptions } from '../../audit/AuditOptions.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { parseDateArg } from '../parseDateArg.js';
import { PICTURE_FORMATS } from '../pictureFormats.js';
import { parseFormatArg, type ReportFormat } from '../parseFormatArg.js';
import { parseIncludeArg } from '../parseIncludeArg.js';
import { parseWholeArg } from '../parseWholeArg.js';
import { requiredArg } from '../requiredArg.js';
import { UsageError } from '../UsageError.js';
import { RECORD_COMMAND_OPTIONS } from './recordCommandOptions.js';
import { parseLimitArgs } from '../parseLimitArgs.js';
import type { ParseLimits } from '../../_internal/parseLimits.js';


/**
 * What `credstack audit` was asked to do.
 *
 * @category Command line
 */
export interface AuditArgs {
  readonly help: false;
  readonly catalog: string;
  readonly record: string;
  readonly program: string;
  readonly options: AuditOptions;
  readonly format: ReportFormat;
  readonly failUnmet: boolean;
  /** The most bytes a file and nodes a document may have (`--max-size`, `--max-nodes`). */
  readonly limits: ParseLimits;
}

/**
 * The arguments of `credstack audit --records FILE`: a cohort streamed
 * from NDJSON, one result per line.
 *
 * @category Command line
 */
export interface CohortAuditArgs {
  readonly help: false;
  readonly cohort: true;
  readonly catalog: string;
  /** The NDJSON file of records. */
  readonly records: string;
  readonly program: string;
  readonly options: AuditOptions;
  readonly failUnmet: boolean;
  /** Auditors (worker threads); the number of cores when absent. */
  readonly workers?: number;
  readonly limits: ParseLimits;
}

/**
 * Reads the arguments of `credstack audit`, checking what the command line
 * can check itself: the required options, the form and reality of the
 * `--as-of` date, the `--include` statuses, the `--step-budget` and the
 * limits (`--max-size`, `--max-nodes`).
 *
 * @param args - the arguments after `audit`
 * @returns `{ help: true }` when help was asked for, else the arguments
 * @throws {@link UsageError} for a missing option or a bad value
 *
 * @example
 * ```ts
 * parseAuditArgs(['--catalog', 'c.yaml', '--record', 'r.yaml', '--program', 'mit-scmb']);
 * ```
 *
 * @category Command line
 */
export function parseAuditArgs(args: readonly string[]): AuditArgs | CohortAuditArgs | { readonly help: true } {
  const { values } = parseCommandArgs({
    args: [...args],
    strict: true,
    options: {
      ...RECORD_COMMAND_OPTIONS,
      program: { type: 'string' },
      'fail-unmet': { type: 'boolean' },
      'step-budget': { type: 'string' },
      records: { type: 'string' },
      workers: { type: 'string' },
    },
  });
  if (values.help === true) return { help: true };
  const format = parseFormatArg(values, PICTURE_FORMATS);
  const options: AuditOptions = {
    ...(values['as-of'] !== undefined && { asOf: parseDateArg('--as-of', values['as-of']) }),
    ...(values.include !== undefined && { include: parseIncludeArg(values.include) }),
    ...(values['step-budget'] !== undefined && { stepBudget: parseWholeArg('--step-budget', values['step-budget'], 1) }),
  };
  if (values.records !== undefined) {
    if (values.record !== undefined) throw new UsageError('--record and --records cannot be used together');
    if (format !== 'text' && format !== 'json') throw new UsageError(`--records prints NDJSON, one result a line: --format ${format} cannot be used with it`);
    return {
      help: false,
      cohort: true,
      catalog: requiredArg('audit', values.catalog, '--catalog FILE'),
      records: values.records,
      program: requiredArg('audit', values.program, '--program ID'),
      options,
      failUnmet: values['fail-unmet'] === true,
      ...(values.workers !== undefined && { workers: parseWholeArg('--workers', values.workers, 1, 256) }),
      limits: parseLimitArgs(values),
    };
  }
  if (values.workers !== undefined) throw new UsageError('--workers goes with --records');
  return {
    help: false,
    catalog: requiredArg('audit', values.catalog, '--catalog FILE'),
    record: requiredArg('audit', values.record, '--record FILE'),
    program: requiredArg('audit', values.program, '--program ID'),
    options,
    format,
    failUnmet: values['fail-unmet'] === true,
    limits: parseLimitArgs(values),
  };
}
