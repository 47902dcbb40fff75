import type { BoundModel } from './boundModel.js';
import { evaluateBound, IN, OPEN, OUT } from './evaluateBound.js';
import type { PlanCandidate } from './PlanCandidate.js';

/**
 * What checking a set of candidates found.
 *
 * @internal
 */
export interface SetCheck<T> {
  /** The program is met with the set, and every unit's prerequisites are. */
  readonly complete: boolean;
  /** True when no larger set can do better (over the budget or past the latest day): the search backs off. */
  readonly dead?: boolean;
  /** When the program is met but prerequisites are not: candidates named by the unmet prerequisites. */
  readonly prerequisites?: readonly number[];
  /** When complete: the objective's value, days to completion and cost, and whatever the caller keeps. */
  readonly value?: { readonly objective: number; readonly days: number; readonly cost: number; readonly data: T };
}

/**
 * The search's inputs.
 *
 * @internal
 */
export interface PlanSearch<T> {
  readonly candidates: readonly PlanCandidate[];
  readonly model: BoundModel;
  /** Checks a set (candidate indices, ascending): the audit, prerequisites, schedule and constraints. */
  readonly check: (set: readonly number[]) => SetCheck<T>;
  /** Whether the program is met with a set (prerequisites aside): used to prune sets nothing can complete. */
  readonly feasible: (set: readonly number[]) => boolean;
  /** The weight of a day in the objective. */
  readonly timeWeight: number;
  /** The most days a plan may take. */
  readonly latestDays?: number;
  /** The most a plan may cost. */
  readonly budget?: number;
  /**
   * When a set falls short for a reason the bound does not see: open
   * candidates worth trying first (see `shortfallCandidates`), given the
   * set, the search state and each candidate's rank in the search order.
   */
  readonly guide?: (set: readonly number[], state: Uint8Array, rankOf: Int32Array) => readonly number[];
  /** A solution must also pass this (a different route, for alternatives). */
  readonly accept?: (data: T) => boolean;
  /** Search nodes left; the search stops when it reaches 0. */
  readonly steps: { remaining: number; used: number };
}

/**
 * The best set found.
 *
 * @internal
 */
export interface PlanSolution<T> {
  readonly set: readonly number[];
  readonly objective: number;
  readonly days: number;
  readonly cost: number;
  readonly data: T;
}

/**
 * Branch and bound over the candidate units: the set that completes the
 * program (with every prerequisite) at the least objective; between sets of
 * equal objective, the first the search reaches (it tries lighter
 * candidates first, then preferred ones, then cheaper, then by id).
 *
 * At each node the bound ({@link evaluateBound}) says how much more the
 * open candidates must weigh at least. When what is in cannot meet the
 * program even generously, every completion adds one of a few candidates
 * (the bound's feeders), and the search branches on which one first (taking
 * lighter twins before heavier). Otherwise the set is checked by auditing
 * it; if the audit falls short where the bound did not see why, the search
 * branches on the next open candidate, in or out, after checking that the
 * program can still be met with everything open. Exact when `steps` does
 * not run out.
 *
 * @returns the best solution, or `undefined` when none exists (or none was found in the steps)
 * @internal
 */
export function searchPlan<T>(search: PlanSearch<T>): PlanSolution<T> | undefined {
  const { candidates, model } = search;
  const n = candidates.length;
  const weights = candidates.map((c) => c.weight);
  // Lighter first; among equal weights the preferred, then the cheaper, so that a twin taken before another is never worse on cost.
  const order = [...candidates].sort((a, b) => a.weight - b.weight || Number(b.preferred) - Number(a.preferred) || a.cost - b.cost || a.index - b.index).map((c) => c.index);
  const rankOf = new Int32Array(n);
  order.forEach((c, r) => (rankOf[c] = r));
  const twins = new Map<string, number[]>();
  for (const c of order) twins.set(candidates[c]!.twinKey, [...(twins.get(candidates[c]!.twinKey) ?? []), c]);
  const laterTwins = (c: number): number[] => {
    const list = twins.get(candidates[c]!.twinKey)!;
    return list.slice(list.indexOf(c) + 1);
  };
  const earlierOpenTwin = (state: Uint8Array, c: number): boolean => {
    const list = twins.get(candidates[c]!.twinKey)!;
    for (const x of list) {
      if (x === c) return false;
      if (state[x] === OPEN) return true;
    }
    return false;
  };
  let best: PlanSolution<T> | undefined;
  const slack = (): number => 1e-9 * Math.max(1, Math.abs(best?.objective ?? 0));

  const setOf = (state: Uint8Array, withOpen: boolean): number[] => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) if (state[i] === IN || (withOpen && state[i] === OPEN)) out.push(i);
    return out;
  };

  const visit = (state: Uint8Array, weightIn: number, costIn: number, daysIn: number): void => {
    if (search.steps.remaining <= 0) return;
    search.steps.remaining--;
    search.steps.used++;
    if (search.budget !== undefined && costIn > search.budget + 1e-9) return;
    if (search.latestDays !== undefined && daysIn > search.latestDays) return;
    const bound = evaluateBound(model, state, weights);
    if (bound.lb === Infinity) return;
    const lower = weightIn + bound.lb + search.timeWeight * daysIn;
    if (best && lower >= best.objective - slack()) return;
    if (bound.short) {
      branchOn(state, weightIn, costIn, daysIn, bound.feeders);
      return;
    }
    const set = setOf(state, false);
    const checked = search.check(set);
    if (checked.dead) return;
    if (checked.complete && checked.value) {
      const v = checked.value;
      const accepted = search.accept ? search.accept(v.data) : true;
      if (accepted) {
        if (!best || v.objective < best.objective - slack()) best = { set, objective: v.objective, days: v.days, cost: v.cost, data: v.data };
        return;
      }
    }
    if (checked.prerequisites && checked.prerequisites.length > 0) {
      branchOn(state, weightIn, costIn, daysIn, checked.prerequisites);
      return;
    }
    const usable = (c: number): boolean => state[c] === OPEN && !earlierOpenTwin(state, c);
    const next = (checked.complete ? undefined : search.guide?.(set, state, rankOf).find(usable)) ?? order.find(usable);
    if (next === undefined) return;
    if (!checked.complete && !search.feasible(setOf(state, true))) return;
    include(state, next, weightIn, costIn, daysIn);
    exclude(state, [next], weightIn, costIn, daysIn);
  };

  const include = (state: Uint8Array, c: number, weightIn: number, costIn: number, daysIn: number): void => {
    const s = state.slice();
    s[c] = IN;
    const cand = candidates[c]!;
    visit(s, weightIn + cand.weight, costIn + cand.cost, Math.max(daysIn, cand.days));
  };
  const exclude = (state: Uint8Array, cs: readonly number[], weightIn: number, costIn: number, daysIn: number): void => {
    const s = state.slice();
    for (const c of cs) {
      s[c] = OUT;
      for (const t of laterTwins(c)) if (s[t] === OPEN) s[t] = OUT;
    }
    visit(s, weightIn, costIn, daysIn);
  };
  const branchOn = (state: Uint8Array, weightIn: number, costIn: number, daysIn: number, feeders: readonly number[]): void => {
    const options = feeders.filter((c) => state[c] === OPEN && !earlierOpenTwin(state, c)).sort((a, b) => rankOf[a]! - rankOf[b]!);
    const s = state.slice();
    for (const c of options) {
      include(s, c, weightIn, costIn, daysIn);
      s[c] = OUT;
      for (const t of laterTwins(c)) if (s[t] === OPEN) s[t] = OUT;
      if (search.steps.remaining <= 0) return;
    }
  };

  visit(new Uint8Array(n), 0, 0, 0);
  return best;
}
