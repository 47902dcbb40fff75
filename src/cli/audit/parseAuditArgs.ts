import type { AuditOptions } from '../../audit/AuditOptions.js';
import { isIsoDate } from '../../model/isoDate.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { UsageError } from '../UsageError.js';
import { LIMIT_OPTIONS, parseLimitArgs } from '../parseLimitArgs.js';
import type { ParseLimits } from '../../_internal/parseLimits.js';

/**
 * How `credstack audit` prints its result.
 *
 * @category Command line
 */
export type AuditFormat = 'text' | 'markdown' | 'json';

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
  readonly format: AuditFormat;
  readonly failUnmet: boolean;
  /** The most bytes a file and nodes a document may have (`--max-size`, `--max-nodes`). */
  readonly limits: ParseLimits;
}

const INCLUDABLE = ['in-progress', 'planned'] as const;
type Includable = (typeof INCLUDABLE)[number];

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
      catalog: { type: 'string' },
      record: { type: 'string' },
      program: { type: 'string' },
      'as-of': { type: 'string' },
      include: { type: 'string', multiple: true },
      json: { type: 'boolean' },
      markdown: { type: 'boolean' },
      'fail-unmet': { type: 'boolean' },
      'step-budget': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      ...LIMIT_OPTIONS,
    },
  });
  if (values.help === true) return { help: true };
  if (values.json === true && values.markdown === true) throw new UsageError('--json and --markdown cannot be used together');
  const options: AuditOptions = {
    ...(values['as-of'] !== undefined && { asOf: parseAsOf(values['as-of']) }),
    ...(values.include !== undefined && { include: parseInclude(values.include) }),
    ...(values['step-budget'] !== undefined && { stepBudget: parseStepBudget(values['step-budget']) }),
  };
  return {
    help: false,
    catalog: required(values.catalog, '--catalog FILE'),
    record: required(values.record, '--record FILE'),
    program: required(values.program, '--program ID'),
    options,
    format: values.json === true ? 'json' : values.markdown === true ? 'markdown' : 'text',
    failUnmet: values['fail-unmet'] === true,
    limits: parseLimitArgs(values),
  };
}

function required(value: string | undefined, option: string): string {
  if (value === undefined || value === '') throw new UsageError(`audit needs ${option}`);
  return value;
}

function parseAsOf(value: string): string {
  if (!isIsoDate(value)) throw new UsageError(`--as-of must be a real date written YYYY-MM-DD, not '${value}'`);
  return value;
}

function parseInclude(values: readonly string[]): Includable[] {
  const words = values.flatMap((v) => v.split(',')).map((w) => w.trim()).filter((w) => w !== '');
  const chosen = new Set<Includable>();
  for (const word of words) {
    const known = INCLUDABLE.find((k) => k === word);
    if (known === undefined) throw new UsageError(`--include takes ${INCLUDABLE.join(', ')} (comma-separated), not '${word}'`);
    chosen.add(known);
  }
  if (chosen.size === 0) throw new UsageError(`--include needs ${INCLUDABLE.join(' and/or ')}`);
  return INCLUDABLE.filter((k) => chosen.has(k));
}

function parseStepBudget(value: string): number {
  const budget = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(budget) || budget < 1) throw new UsageError(`--step-budget must be a whole number at least 1, not '${value}'`);
  return budget;
}
