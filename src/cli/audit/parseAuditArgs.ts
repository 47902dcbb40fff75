import type { AuditOptions } from '../../audit/AuditOptions.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { parseDateArg } from '../parseDateArg.js';
import { parseFormatArg, type ReportFormat } from '../parseFormatArg.js';
import { parseIncludeArg } from '../parseIncludeArg.js';
import { parseWholeArg } from '../parseWholeArg.js';
import { requiredArg } from '../requiredArg.js';
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
export function parseAuditArgs(args: readonly string[]): AuditArgs | { readonly help: true } {
  const { values } = parseCommandArgs({
    args: [...args],
    strict: true,
    options: {
      ...RECORD_COMMAND_OPTIONS,
      program: { type: 'string' },
      'fail-unmet': { type: 'boolean' },
      'step-budget': { type: 'string' },
    },
  });
  if (values.help === true) return { help: true };
  const format = parseFormatArg(values);
  const options: AuditOptions = {
    ...(values['as-of'] !== undefined && { asOf: parseDateArg('--as-of', values['as-of']) }),
    ...(values.include !== undefined && { include: parseIncludeArg(values.include) }),
    ...(values['step-budget'] !== undefined && { stepBudget: parseWholeArg('--step-budget', values['step-budget'], 1) }),
  };
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
