import type { PlanObjective } from '../../plan/PlanOptions.js';
import { UsageError } from '../UsageError.js';

const MEASURES = ['cost', 'time', 'credits', 'count'] as const;

/**
 * Reads `--objective`: one measure (`cost`, `time`, `credits`, `count`), or
 * a weighted mix written `cost=1,time=5` (a day priced at 5 of the
 * currency).
 *
 * @param value - the option's value
 * @returns the objective
 * @throws {@link UsageError} for an unknown measure, a bad weight, or weights all 0
 *
 * @example
 * ```ts
 * parseObjectiveArg('time'); // 'time'
 * parseObjectiveArg('cost=1,time=5'); // { cost: 1, time: 5 }
 * ```
 *
 * @category Command line
 */
export function parseObjectiveArg(value: string): PlanObjective {
  const named = MEASURES.find((m) => m === value);
  if (named !== undefined) return named;
  const usage = `--objective takes ${MEASURES.join(', ')}, or weights like cost=1,time=5, not '${value}'`;
  const weights: Record<string, number> = {};
  for (const part of value.split(',')) {
    const match = /^\s*([a-z]+)\s*=\s*(\d+(?:\.\d+)?)\s*$/.exec(part);
    const measure = MEASURES.find((m) => m === match?.[1]);
    if (!match || measure === undefined || measure in weights) throw new UsageError(usage);
    weights[measure] = Number(match[2]);
  }
  if (!Object.values(weights).some((w) => w > 0)) throw new UsageError(`--objective needs a weight above 0, not '${value}'`);
  return weights;
}
