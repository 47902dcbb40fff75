import type { PlanObjective } from './PlanOptions.js';

/**
 * An objective as weights on the four measures.
 *
 * @internal
 */
export interface PlanWeights {
  readonly cost: number;
  readonly time: number;
  readonly credits: number;
  readonly count: number;
}

/**
 * The weights of an objective: a named measure weighs 1, the others 0.
 *
 * @internal
 */
export function planWeights(objective: PlanObjective | undefined): PlanWeights {
  const zero = { cost: 0, time: 0, credits: 0, count: 0 };
  if (objective === undefined) return { ...zero, cost: 1 };
  if (typeof objective === 'string') return { ...zero, [objective]: 1 };
  return { ...zero, ...objective };
}
