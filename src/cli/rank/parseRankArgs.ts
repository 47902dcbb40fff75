import type { RankOptions } from '../../rank/RankOptions.js';
import type { ParseLimits } from '../../_internal/parseLimits.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { parseDateArg } from '../parseDateArg.js';
import { parseFormatArg, type ReportFormat } from '../parseFormatArg.js';
import { parseIncludeArg } from '../parseIncludeArg.js';
import { RECORD_COMMAND_OPTIONS } from '../audit/recordCommandOptions.js';
import { parseLimitArgs } from '../parseLimitArgs.js';
import { requiredArg } from '../requiredArg.js';
import { UsageError } from '../UsageError.js';
import { PLAN_OPTION_ARGS, parsePlanOptionArgs } from '../plan/planOptionArgs.js';

/**
 * What `credstack rank` was asked to do.
 *
 * @category Command line
 */
export interface RankArgs {
  readonly help: false;
  readonly catalog: string;
  readonly record: string;
  readonly options: RankOptions;
  readonly format: ReportFormat;
  /** The most bytes a file and nodes a document may have (`--max-size`, `--max-nodes`). */
  readonly limits: ParseLimits;
}

/**
 * Reads the arguments of `credstack rank`, checking what the command line
 * can check itself: the required options, the dates, the `--include`
 * statuses, the plan options (not with `--no-plan`) and the limits.
 *
 * @param args - the arguments after `rank`
 * @returns `{ help: true }` when help was asked for, else the arguments
 * @throws {@link UsageError} for a missing option or a bad value
 *
 * @example
 * ```ts
 * parseRankArgs(['--catalog', 'c.yaml', '--record', 'r.yaml', '--as-of', '2024-06-30', '--no-plan']);
 * ```
 *
 * @category Command line
 */
export function parseRankArgs(args: readonly string[]): RankArgs | { readonly help: true } {
  const { values } = parseCommandArgs({
    args: [...args],
    strict: true,
    options: {
      ...RECORD_COMMAND_OPTIONS,
      program: { type: 'string', multiple: true },
      'no-plan': { type: 'boolean' },
      ...PLAN_OPTION_ARGS,
    },
  });
  if (values.help === true) return { help: true };
  const format = parseFormatArg(values);
  const planned = parsePlanOptionArgs(values);
  const noPlan = values['no-plan'] === true;
  if (noPlan && Object.keys(planned).length > 0) throw new UsageError('--no-plan cannot be used with plan options (--objective, --start, --budget, ...)');
  const asOf = values['as-of'] === undefined ? undefined : parseDateArg('--as-of', values['as-of']);
  const programs = values.program?.map((id) => requiredArg('rank', id === '' ? undefined : id, '--program ID with a value'));
  const options: RankOptions = {
    ...(asOf !== undefined && { asOf }),
    ...(programs !== undefined && { programs }),
    ...(values.include !== undefined && { include: parseIncludeArg(values.include) }),
    ...(noPlan ? { plan: false as const } : Object.keys(planned).length > 0 && { plan: planned }),
  };
  const catalog = requiredArg('rank', values.catalog, '--catalog FILE');
  const record = requiredArg('rank', values.record, '--record FILE');
  // Plans need a day to start from; the engine reads no clock.
  if (!noPlan && asOf === undefined && planned.start === undefined) throw new UsageError('rank needs --as-of YYYY-MM-DD (or --start YYYY-MM-DD, or --no-plan)');
  return { help: false, catalog, record, options, format, limits: parseLimitArgs(values) };
}
