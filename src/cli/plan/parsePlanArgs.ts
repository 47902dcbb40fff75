import type { PlanOptions } from '../../plan/PlanOptions.js';
import type { ParseLimits } from '../../_internal/parseLimits.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { parseDateArg } from '../parseDateArg.js';
import { PICTURE_FORMATS } from '../pictureFormats.js';
import { parseFormatArg, type ReportFormat } from '../parseFormatArg.js';
import { parseIncludeArg } from '../parseIncludeArg.js';
import { RECORD_COMMAND_OPTIONS } from '../audit/recordCommandOptions.js';
import { parseLimitArgs } from '../parseLimitArgs.js';
import { parseWholeArg } from '../parseWholeArg.js';
import { requiredArg } from '../requiredArg.js';
import { UsageError } from '../UsageError.js';
import { PLAN_OPTION_ARGS, parsePlanOptionArgs } from './planOptionArgs.js';

/**
 * What `credstack plan` was asked to do.
 *
 * @category Command line
 */
export interface PlanArgs {
  readonly help: false;
  readonly catalog: string;
  readonly record: string;
  readonly program: string;
  readonly options: PlanOptions;
  readonly format: ReportFormat;
  /** The most bytes a file and nodes a document may have (`--max-size`, `--max-nodes`). */
  readonly limits: ParseLimits;
}

/**
 * Reads the arguments of `credstack plan`, checking what the command line
 * can check itself: the required options, the dates (`--as-of`, `--start`,
 * `--latest`, one of the first two needed), the objective, the numbers,
 * the modes, the term length, the `--include` statuses and the limits.
 *
 * @param args - the arguments after `plan`
 * @returns `{ help: true }` when help was asked for, else the arguments
 * @throws {@link UsageError} for a missing option or a bad value
 *
 * @example
 * ```ts
 * parsePlanArgs(['--catalog', 'c.yaml', '--record', 'r.yaml', '--program', 'mit-scmb', '--as-of', '2024-06-30']);
 * ```
 *
 * @category Command line
 */
export function parsePlanArgs(args: readonly string[]): PlanArgs | { readonly help: true } {
  const { values } = parseCommandArgs({
    args: [...args],
    strict: true,
    options: {
      ...RECORD_COMMAND_OPTIONS,
      program: { type: 'string' },
      alternatives: { type: 'string' },
      ...PLAN_OPTION_ARGS,
    },
  });
  if (values.help === true) return { help: true };
  const format = parseFormatArg(values, PICTURE_FORMATS);
  const options: PlanOptions = {
    ...(values['as-of'] !== undefined && { asOf: parseDateArg('--as-of', values['as-of']) }),
    ...(values.include !== undefined && { include: parseIncludeArg(values.include) }),
    ...(values.alternatives !== undefined && { alternatives: parseWholeArg('--alternatives', values.alternatives, 0, 20) }),
    ...parsePlanOptionArgs(values),
  };
  const catalog = requiredArg('plan', values.catalog, '--catalog FILE');
  const record = requiredArg('plan', values.record, '--record FILE');
  const program = requiredArg('plan', values.program, '--program ID');
  // The engine reads no clock: the plan needs a day to start from.
  if (options.asOf === undefined && options.start === undefined) throw new UsageError('plan needs --as-of YYYY-MM-DD or --start YYYY-MM-DD');
  return { help: false, catalog, record, program, options, format, limits: parseLimitArgs(values) };
}
