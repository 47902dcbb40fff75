/**
 * Whether the program's policies may still hold, given what is decided.
 *
 * @internal
 */
import type { AllocItem } from './AllocationProblem.js';
import { EPS } from './allocationScore.js';
import { itemsToCover, type BoundBuffers } from './leafBound.js';
import type { SearchState, SolverContext } from './solverContext.js';

interface Sums {
  credits: number;
  home: number;
  rec: number;
  pts: number;
  graded: number;
  maxPts: number;
}

const zero = (): Sums => ({ credits: 0, home: 0, rec: 0, pts: 0, graded: 0, maxPts: -Infinity });

function add(s: Sums, it: AllocItem, v: number): void {
  s.credits += v;
  if (it.home === true) s.home += v;
  if (it.recognized) s.rec += v;
  if (it.points !== undefined) {
    s.pts += it.points;
    s.graded += 1;
    s.maxPts = Math.max(s.maxPts, it.points);
  }
}

/** Sums over what is applied now (stable: counted; else: assigned, at full credits). */
function appliedNow(ctx: SolverContext, st: SearchState): Sums {
  const s = zero();
  for (const l of ctx.leaves) {
    const cur = st.cache[l]!;
    if (ctx.stable) cur.counted.forEach((i, k) => add(s, ctx.problem.items[i]!, cur.contributions[k]!));
    else for (const i of st.at[l]!) add(s, ctx.problem.items[i]!, ctx.problem.items[i]!.credits);
  }
  return s;
}

interface Candidates extends Sums {
  pins: number;
  readonly allCredits: number[];
  readonly homeCredits: number[];
}

function candidates(ctx: SolverContext, st: SearchState, next: number): Candidates {
  const s: Candidates = { ...zero(), pins: 0, allCredits: [], homeCredits: [] };
  for (let i = next; i < st.asg.length; i++) {
    if (st.asg[i] !== -2 || st.blocked[i] !== 0 || ctx.shape.allowed[i]!.length === 0) continue;
    const it = ctx.problem.items[i]!;
    add(s, it, it.credits);
    if (ctx.shape.pin[i]! >= 0) s.pins += 1;
    s.allCredits.push(it.credits);
    if (it.home === true) s.homeCredits.push(it.credits);
  }
  return s;
}

/** The fewest further items the credit policies need (`now` bounds what is applied now from above). */
function itemsNeeded(ctx: SolverContext, now: Sums, cand: Candidates): number {
  const p = ctx.problem.policies!;
  let k = 0;
  const total = p.totalCredits === undefined ? 0 : p.totalCredits - now.credits;
  if (total > EPS) k = itemsToCover(cand.allCredits, total);
  const home = p.residency?.credits === undefined ? 0 : p.residency.credits - now.home;
  if (home > EPS) k = Math.max(k, itemsToCover(cand.homeCredits, home));
  return k;
}

function gpaPossible(ctx: SolverContext, now: Sums, cand: Sums, min: number): boolean {
  if (ctx.stable && now.graded > 0) return Math.max(now.pts / now.graded, cand.maxPts) >= min - EPS;
  return Math.max(now.maxPts, cand.maxPts) >= min - EPS;
}

/**
 * Whether every policy may still hold over some completion (the applied set
 * grows from what is applied now by some of the remaining candidates), how
 * many pinned items are still to come, and (when possible) the fewest further
 * items the credit policies need.
 *
 * @internal
 */
export function policiesPossible(ctx: SolverContext, st: SearchState, buf: BoundBuffers, next: number): { possible: boolean; pinsToCome: number; itemsNeeded: number } {
  const cand = candidates(ctx, st, next);
  const p = ctx.problem.policies;
  if (p === undefined) return { possible: true, pinsToCome: cand.pins, itemsNeeded: 0 };
  const now = appliedNow(ctx, st);
  let leafSum = 0;
  for (const l of ctx.leaves) leafSum += buf.optCredits[l]!;
  const totalMax = Math.min(leafSum, now.credits + cand.credits);
  const homeMax = now.home + cand.home;
  const otherMin = ctx.stable ? now.credits - now.home : 0;
  const recMin = ctx.stable ? now.rec : 0;
  const nonRecMax = now.credits - now.rec + cand.credits - cand.rec;
  let ok = p.totalCredits === undefined || totalMax >= p.totalCredits - EPS;
  const res = p.residency;
  if (ok && res !== undefined) {
    ok = (res.credits === undefined || homeMax >= res.credits - EPS) && (res.share === undefined || res.share > 1 || homeMax >= res.share * (homeMax + otherMin) - EPS);
  }
  const mr = p.maxRecognized;
  if (ok && mr !== undefined) {
    ok = (mr.credits === undefined || recMin <= mr.credits + EPS) && (mr.share === undefined || recMin <= mr.share * (recMin + nonRecMax) + EPS);
  }
  if (ok && p.minGpa !== undefined) ok = gpaPossible(ctx, now, cand, p.minGpa);
  return { possible: ok, pinsToCome: cand.pins, itemsNeeded: ok ? itemsNeeded(ctx, now, cand) : 0 };
}
