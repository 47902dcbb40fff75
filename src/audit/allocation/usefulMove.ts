/**
 * Pruning of moves that can only cost: assigning an item where it can help
 * nothing.
 *
 * @internal
 */
import { EPS } from './allocationScore.js';
import { keysOf } from './distinctKeys.js';
import type { BoundBuffers } from './leafBound.js';
import { countNeed } from './nodeTests.js';
import type { SearchState, SolverContext } from './solverContext.js';
import { countLeaf } from './countLeaf.js';

function leafMaxed(ctx: SolverContext, buf: BoundBuffers, i: number, l: number): boolean {
  const it = ctx.problem.items[i]!;
  const node = ctx.problem.nodes[l]!;
  if (node.minGpa !== undefined && it.points !== undefined) return false;
  if (node.minDistinct !== undefined && keysOf(it, node.minDistinct.by).length > 0) return false;
  if (node.min.credits !== undefined && it.credits > 0 && buf.baseCredits[l]! < node.min.credits - EPS) return false;
  const need = countNeed(node);
  return need === undefined || buf.baseCount[l]! >= need;
}

function ancestorsMaxed(ctx: SolverContext, buf: BoundBuffers, i: number, l: number): boolean {
  const it = ctx.problem.items[i]!;
  for (const a of ctx.ancestors[l]!) {
    const node = ctx.problem.nodes[a]!;
    if (node.min.credits !== undefined && it.credits > 0 && buf.baseCredits[a]! < node.min.credits - EPS) return false;
    if (node.min.count !== undefined && buf.baseCount[a]! < node.min.count) return false;
    if (node.minDistinct !== undefined && keysOf(it, node.minDistinct.by).length > 0) return false;
    if (node.minGpa !== undefined && it.points !== undefined) return false;
    if (node.maxRecognized?.share !== undefined && !it.recognized && it.credits > 0) return false;
    if (node.limits?.some((lim) => lim.items.includes(i))) return false;
  }
  return true;
}

function policiesMaxed(ctx: SolverContext, buf: BoundBuffers, i: number): boolean {
  const p = ctx.problem.policies;
  if (p === undefined) return true;
  const it = ctx.problem.items[i]!;
  if (p.residency !== undefined && it.home === true) return false;
  if (p.minGpa !== undefined && it.points !== undefined) return false;
  if (p.timeLimit === true && it.earned !== undefined) return false;
  if (p.maxRecognized?.share !== undefined && !it.recognized && it.credits > 0) return false;
  if (p.totalCredits !== undefined && it.credits > 0) {
    let applied = 0;
    for (const l of ctx.leaves) applied += buf.baseCredits[l]!;
    if (applied < p.totalCredits - EPS) return false;
  }
  return true;
}

function capped(ctx: SolverContext, l: number): boolean {
  const node = ctx.problem.nodes[l]!;
  return node.max !== undefined || node.maxPer !== undefined || node.maxRecognized !== undefined || node.limits !== undefined;
}

/** Whether item `i` would not count at capped leaf `l` (a cap is reached before it). */
function cannotCount(ctx: SolverContext, st: SearchState, i: number, l: number): boolean {
  const c = countLeaf(ctx.problem.items, ctx.problem.nodes[l]!, [...st.at[l]!, i]);
  return !c.counted.includes(i);
}

/**
 * Whether assigning item `i` to leaf `l` can only cost, whatever is decided
 * later. Two cases, both only when the context is `stable` (what counts now
 * keeps counting) and `buf` holds the bound for the current state:
 *
 * - a cap of the leaf is already reached before the item, so it would not
 *   count and would change no running total: it changes nothing but the
 *   consumed count;
 * - the leaf has no caps (so the item displaces nothing), the leaf's and its
 *   ancestors' minimums are already met by what counts now, the item cannot
 *   move a distinct-key, grade or recognised-share test there, and no
 *   policy can gain from it.
 *
 * Either way leaving the item unassigned scores at least as well on every
 * other aim and consumes one item fewer, so no optimum assigns it there.
 *
 * @internal
 */
export function isUselessMove(ctx: SolverContext, st: SearchState, buf: BoundBuffers, i: number, l: number): boolean {
  if (!ctx.stable) return false;
  if (capped(ctx, l)) return cannotCount(ctx, st, i, l);
  // Applied, it may be what a claimed overlay needs.
  if (ctx.claimedItems[i] === 1) return false;
  return leafMaxed(ctx, buf, i, l) && ancestorsMaxed(ctx, buf, i, l) && policiesMaxed(ctx, buf, i);
}
