import type { PlanOptions } from '../../plan/PlanOptions.js';
import { parseDuration } from '../../model/duration.js';
import { parseDateArg } from '../parseDateArg.js';
import { parseWholeArg } from '../parseWholeArg.js';
import { UsageError } from '../UsageError.js';
import { parseObjectiveArg } from './parseObjectiveArg.js';

/**
 * The plan options `credstack plan` and `credstack rank` share, as
 * `util.parseArgs` options to spread into a command's.
 *
 * @example
 * ```ts
 * parseCommandArgs({ args, strict: true, options: { ...PLAN_OPTION_ARGS, json: { type: 'boolean' } } });
 * ```
 *
 * @category Command line
 */
export const PLAN_OPTION_ARGS = Object.freeze({
  start: { type: 'string' },
  objective: { type: 'string' },
  budget: { type: 'string' },
  latest: { type: 'string' },
  currency: { type: 'string' },
  'avoid-provider': { type: 'string', multiple: true },
  'avoid-unit': { type: 'string', multiple: true },
  'avoid-mode': { type: 'string', multiple: true },
  'prefer-provider': { type: 'string', multiple: true },
  'prefer-mode': { type: 'string', multiple: true },
  'term-length': { type: 'string' },
  'per-term': { type: 'string' },
  terms: { type: 'string' },
  'step-budget': { type: 'string' },
} as const);

/**
 * The help lines of {@link PLAN_OPTION_ARGS}, for a command's help.
 *
 * @category Command line
 */
export const PLAN_OPTION_HELP = `  --start YYYY-MM-DD      The first day of the first term (default: --as-of)
  --objective WHAT        What to minimise: cost (default), time, credits,
                          count, or weights like cost=1,time=5
  --budget N              The most the plan may cost, in its currency
  --latest YYYY-MM-DD     The latest day the plan may end
  --currency CODE         The currency to sum costs in (default: the one
                          the program's institution prices its units in)
  --avoid-provider ID     Never plan this provider's units (repeatable)
  --avoid-unit ID         Never plan this unit (repeatable)
  --avoid-mode MODE       Never plan units in this mode: online, on-campus,
                          blended (repeatable)
  --prefer-provider ID    Among units weighing the same, try this
                          provider's first (repeatable)
  --prefer-mode MODE      Among units weighing the same, try this mode
                          first (repeatable)
  --term-length PERIOD    How long a term is, ISO 8601 (default P4M)
  --per-term N            The most units in one term (default 4)
  --terms LABEL,...       The terms' labels in turn (spring,summer,fall):
                          units are placed only in the terms they run in`;

const MODES = ['online', 'on-campus', 'blended'] as const;
type Mode = (typeof MODES)[number];

/** What {@link parsePlanOptionArgs} reads: the values of {@link PLAN_OPTION_ARGS}. */
type PlanOptionValues = { readonly [K in keyof typeof PLAN_OPTION_ARGS]?: (typeof PLAN_OPTION_ARGS)[K] extends { multiple: true } ? string[] | undefined : string | undefined };

/**
 * The plan options given with {@link PLAN_OPTION_ARGS}, checked as far as
 * the command line can: dates, numbers, modes, the term length.
 *
 * @param values - the values `util.parseArgs` read
 * @returns the plan options (only those given)
 * @throws {@link UsageError} for a bad value
 *
 * @example
 * ```ts
 * parsePlanOptionArgs({ objective: 'time', 'per-term': '2' }); // { objective: 'time', calendar: { perTerm: 2 } }
 * ```
 *
 * @category Command line
 */
export function parsePlanOptionArgs(values: PlanOptionValues): Omit<PlanOptions, 'asOf' | 'include' | 'exceptions' | 'alternatives' | 'front'> {
  const avoid = { ...list('units', '--avoid-unit', values['avoid-unit']), ...list('providers', '--avoid-provider', values['avoid-provider']), ...modes('--avoid-mode', values['avoid-mode']) };
  const prefer = { ...list('providers', '--prefer-provider', values['prefer-provider']), ...modes('--prefer-mode', values['prefer-mode']) };
  const calendar = {
    ...(values['term-length'] !== undefined && { termLength: parseTermLength(values['term-length']) }),
    ...(values['per-term'] !== undefined && { perTerm: parseWholeArg('--per-term', values['per-term'], 1, 1000) }),
    ...(values.terms !== undefined && { labels: parseLabels(values.terms) }),
  };
  return {
    ...(values.start !== undefined && { start: parseDateArg('--start', values.start) }),
    ...(values.objective !== undefined && { objective: parseObjectiveArg(values.objective) }),
    ...(values.budget !== undefined && { budget: parseBudget(values.budget) }),
    ...(values.latest !== undefined && { latest: parseDateArg('--latest', values.latest) }),
    ...(values.currency !== undefined && { currency: nonEmpty('--currency', values.currency) }),
    ...(Object.keys(avoid).length > 0 && { avoid }),
    ...(Object.keys(prefer).length > 0 && { prefer }),
    ...(Object.keys(calendar).length > 0 && { calendar }),
    ...(values['step-budget'] !== undefined && { stepBudget: parseWholeArg('--step-budget', values['step-budget'], 1) }),
  };
}

function list<K extends string>(key: K, flag: string, ids: readonly string[] | undefined): Partial<Record<K, string[]>> {
  return ids === undefined ? {} : ({ [key]: ids.map((id) => nonEmpty(flag, id)) } as Partial<Record<K, string[]>>);
}

function modes(flag: string, words: readonly string[] | undefined): { modes?: Mode[] } {
  if (words === undefined) return {};
  return {
    modes: words.map((word) => {
      const mode = MODES.find((m) => m === word);
      if (mode === undefined) throw new UsageError(`${flag} takes ${MODES.join(', ')}, not '${word}'`);
      return mode;
    }),
  };
}

function parseBudget(value: string): number {
  const budget = /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isFinite(budget)) throw new UsageError(`--budget must be a number at least 0 (1500 or 1500.50), not '${value}'`);
  return budget;
}

function parseTermLength(value: string): string {
  const parts = parseDuration(value);
  // A term of no length would never end.
  if (!parts || parts.years + parts.months + parts.weeks + parts.days === 0) throw new UsageError(`--term-length must be an ISO 8601 duration of years, months, weeks or days, not zero (P4M, P15W), not '${value}'`);
  return value;
}

function parseLabels(value: string): string[] {
  const labels = value.split(',').map((l) => l.trim());
  if (labels.some((l) => l === '') || labels.length > 52) throw new UsageError(`--terms takes up to 52 labels, comma-separated, none empty (spring,summer,fall), not '${value}'`);
  return labels;
}

function nonEmpty(what: string, value: string): string {
  if (value === '') throw new UsageError(`${what} needs a value`);
  return value;
}
