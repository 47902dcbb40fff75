/**
 * Whether the program's policies may still hold, given what is decided.
 *
 * @internal
 */
import type { AllocItem } from './AllocationProblem.js';
import { EPS } from './allocationScore.js';
import { itemsToCover, type BoundBuffers, type Sums } from './boundBuffers.js';
import type { SearchState, SolverContext } from './solverContext.js';

function add(s: Sums, it: AllocItem, v: number): void {
  s.credits += v;
  if (it.home === true) s.home += v;
  if (it.recognized) s.rec += v;
  const p = it.points;
  if (p === undefined) return;
  s.pts += p;
  s.graded += 1;
  if (p > s.maxPts) s.maxPts = p;
  if (v > 0) {
    s.weighted += p * v;
    s.weights += v;
  }
}

/** Sums over what is applied now (stable: counted; else: assigned, at full credits). */
function appliedNow(ctx: SolverContext, st: SearchState, s: Sums): Sums {
  const items = ctx.problem.items;
  const leaves = ctx.leaves;
  for (let at = 0; at < leaves.length; at++) {
    const l = leaves[at]!;
    if (ctx.stable) {
      const cur = st.cache[l]!;
      for (let k = 0; k < cur.counted.length; k++) add(s, items[cur.counted[k]!]!, cur.contributions[k]!);
    } else for (const i of st.at[l]!) add(s, items[i]!, items[i]!.credits);
  }
  return s;
}

/** Sums over the candidates; with `lists`, their credits go to `buf.credits` (home ones also to `buf.homeCredits`). */
function candidates(ctx: SolverContext, st: SearchState, buf: BoundBuffers, next: number, lists: boolean): { n: number; nHome: number } {
  const s = buf.cand.reset();
  let n = 0;
  let nHome = 0;
  for (let i = next; i < st.asg.length; i++) {
    if (st.asg[i] !== -2 || st.blocked[i] !== 0 || ctx.shape.allowed[i]!.length === 0) continue;
    if (ctx.shape.pin[i]! >= 0) s.pins += 1;
    if (!lists) continue;
    const it = ctx.problem.items[i]!;
    add(s, it, it.credits);
    buf.credits[n++] = it.credits;
    if (it.home === true) buf.homeCredits[nHome++] = it.credits;
  }
  return { n, nHome };
}

/** The fewest further items the credit policies need (`now` bounds what is applied now from above). */
function itemsNeeded(ctx: SolverContext, buf: BoundBuffers, counts: { n: number; nHome: number }): number {
  const p = ctx.problem.policies!;
  let k = 0;
  const total = p.totalCredits === undefined ? 0 : p.totalCredits - buf.now.credits;
  if (total > EPS) k = itemsToCover(buf.credits, counts.n, total);
  const home = p.residency?.credits === undefined ? 0 : p.residency.credits - buf.now.home;
  if (home > EPS) k = Math.max(k, itemsToCover(buf.homeCredits, counts.nHome, home));
  return k;
}

/** As a leaf's (`leafBound`): stable, what is applied now stays, with its credits, so the GPA is at most max(now, best candidate). */
function gpaPossible(ctx: SolverContext, now: Sums, cand: Sums, min: number): boolean {
  const mean = now.weights > 0 ? now.weighted / now.weights : now.pts / now.graded;
  if (ctx.stable && now.graded > 0) return Math.max(mean, cand.maxPts) >= min - EPS;
  return Math.max(now.maxPts, cand.maxPts) >= min - EPS;
}

function holds(ctx: SolverContext, buf: BoundBuffers, now: Sums, cand: Sums): boolean {
  const p = ctx.problem.policies!;
  let leafSum = 0;
  for (let at = 0; at < ctx.leaves.length; at++) leafSum += buf.optCredits[ctx.leaves[at]!]!;
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
  return ok;
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
  const p = ctx.problem.policies;
  const counts = candidates(ctx, st, buf, next, p !== undefined);
  const pinsToCome = buf.cand.pins;
  if (p === undefined) return { possible: true, pinsToCome, itemsNeeded: 0 };
  const now = appliedNow(ctx, st, buf.now.reset());
  const ok = holds(ctx, buf, now, buf.cand);
  return { possible: ok, pinsToCome, itemsNeeded: ok ? itemsNeeded(ctx, buf, counts) : 0 };
}
