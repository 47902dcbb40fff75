import type { PlanSearch, PlanSolution } from './searchPlan.js';

/**
 * Drops the units a plan does not need: each in turn, heaviest first (then
 * the later candidate), whose removal leaves a complete plan that the
 * search would accept, no worse on the objective. Units that weigh nothing
 * in the objective (a course of unknown cost when minimising cost, any
 * course that does not delay completion when minimising time) would
 * otherwise ride along in the first plan found. Each check is charged one
 * step.
 *
 * @internal
 */
export function withoutSpare<T>(found: PlanSolution<T>, search: PlanSearch<T>): PlanSolution<T> {
  let current = found;
  const order = [...found.set].sort((a, b) => search.candidates[b]!.weight - search.candidates[a]!.weight || b - a);
  for (const drop of order) {
    if (search.steps.remaining <= 0) break;
    search.steps.remaining -= 1;
    search.steps.used += 1;
    const set = current.set.filter((i) => i !== drop);
    const checked = search.check(set);
    const value = checked.value;
    if (!checked.complete || !value || value.objective > current.objective + 1e-9 * Math.max(1, Math.abs(current.objective))) continue;
    if (search.accept && !search.accept(value.data)) continue;
    current = { set, ...value };
  }
  return current;
}
