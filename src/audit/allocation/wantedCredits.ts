/**
 * How much new credit the nodes want, summed up the tree two ways.
 *
 * @internal
 */
import { EPS } from './allocationScore.js';
import { itemsToCover, type BoundBuffers } from './boundBuffers.js';
import { countsEveryChild } from './countedTotals.js';
import type { SearchState, SolverContext } from './solverContext.js';

/** The new credit the nodes want (see {@link wantedCredits}). @internal */
export interface WantedCredits {
  /** Enough for every node at once: each inner node wants the more of its own lack and all its children's wants. */
  readonly all: number;
  /** At least what any completion reaching every counted node's optimistic progress gives out (only the children it counts). */
  readonly counted: number;
}

/** The sum of the `k` smallest of `xs` (all of them when fewer). */
function smallest(xs: number[], k: number): number {
  xs.sort((a, b) => a - b);
  let s = 0;
  for (let j = 0; j < k && j < xs.length; j++) s += xs[j]!;
  return s;
}

/**
 * The new credit (beyond what counts now) that would give every node its
 * optimistic credits up to its own minimum: a node lacks
 * min(optimistic credits, minimum) less what counts below it now, and
 * wants the more of that and what its children want together. `all` sums
 * every child's want (so when the undecided items carry that much, sharing
 * them out cuts nothing); `counted` only the fewest its rule counts (the
 * smallest `need` of them under `any` or `atLeast`), so any completion
 * reaching the per-node bound's progress gives out at least `counted`.
 * Reads `optCredits` and `baseCredits` of the bound buffers.
 *
 * @param ctx - the solver context
 * @param buf - the bound buffers, filled for this state
 * @returns both sums over the roots
 * @internal
 */
export function wantedCredits(ctx: SolverContext, buf: BoundBuffers): WantedCredits {
  const { want, wantCounted } = buf;
  for (const x of ctx.scan) {
    const node = ctx.problem.nodes[x]!;
    want[x] = 0;
    wantCounted[x] = 0;
    if (ctx.shape.inert[x] !== undefined || node.claimed !== undefined) continue;
    const own = Math.max(0, Math.min(buf.optCredits[x]!, node.min.credits ?? 0) - buf.baseCredits[x]!);
    if (node.kind === 'leaf') {
      want[x] = wantCounted[x] = own;
      continue;
    }
    let all = 0;
    let counted = 0;
    for (const c of ctx.kids[x]!) {
      all += want[c]!;
      counted += wantCounted[c]!;
    }
    want[x] = Math.max(own, all);
    // Under `any` or `atLeast`, only the children it counts: the fewest.
    if (counted > 0 && !countsEveryChild(ctx.problem, ctx.shape, x)) counted = smallest(ctx.kids[x]!.map((c) => wantCounted[c]!), node.need);
    wantCounted[x] = Math.max(own, counted);
  }
  let all = 0;
  let counted = 0;
  for (const r of ctx.shape.roots) {
    all += want[r] ?? 0;
    counted += wantCounted[r] ?? 0;
  }
  return { all, counted };
}

/**
 * The fewest undecided, unblocked items that may go somewhere whose credits
 * together reach `credits` (0 when `credits` is not above 0).
 *
 * @internal
 */
export function itemsCarrying(ctx: SolverContext, st: SearchState, buf: BoundBuffers, next: number, credits: number): number {
  if (credits <= EPS) return 0;
  let n = 0;
  for (let i = next; i < st.asg.length; i++) if (st.asg[i] === -2 && st.blocked[i] === 0 && ctx.shape.allowed[i]!.length > 0) buf.credits[n++] = ctx.problem.items[i]!.credits;
  return itemsToCover(buf.credits, n, credits);
}
