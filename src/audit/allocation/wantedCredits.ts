/**
 * How much new credit the nodes want, summed up the tree two ways.
 *
 * @internal
 */
import { EPS } from './allocationScore.js';
import { itemsToCover, type BoundBuffers } from './boundBuffers.js';
import { countsEveryChild } from './countedTotals.js';
import type { SearchState, SolverContext } from './solverContext.js';
import { countNeed } from './nodeTests.js';
import { sumSmallest } from './sumSmallest.js';

/** The new credit the nodes want (see {@link wantedCredits}). @internal */
export interface WantedCredits {
  /** Enough for every node at once: each inner node wants the more of its own lack and all its children's wants. */
  readonly all: number;
  /** At least what any completion reaching every counted node's optimistic progress gives out (only the children it counts). */
  readonly counted: number;
}

/** The sum of the `k` smallest of `xs` (all of them when fewer). */
function countLackCredits(ctx: SolverContext, st: SearchState, buf: BoundBuffers, l: number, next: number): number {
  const need = countNeed(ctx.problem.nodes[l]!);
  if (need === undefined) return 0;
  const lack = Math.min(buf.optCount[l]!, need) - buf.baseCount[l]!;
  if (lack <= 0) return 0;
  // The `lack` smallest credits among the candidates left, kept ascending in `buf.credits` as they come
  // (a leaf lacks few achievements: no sort of every candidate).
  const smallest = buf.credits;
  let kept = 0;
  for (const i of ctx.cands[l]!) {
    if (i < next || st.asg[i] !== -2 || st.blocked[i] !== 0) continue;
    const c = ctx.problem.items[i]!.credits;
    if (kept === lack && c >= smallest[kept - 1]!) continue;
    let k = kept < lack ? kept++ : kept - 1;
    while (k > 0 && smallest[k - 1]! > c) {
      smallest[k] = smallest[k - 1]!;
      k--;
    }
    smallest[k] = c;
  }
  let sum = 0;
  for (let k = 0; k < kept; k++) sum += smallest[k]!;
  return sum;
}

/**
 * The new credit (beyond what counts now) that would give every node its
 * optimistic credits up to its own minimum: a node lacks
 * min(optimistic credits, minimum) less what counts below it now (a leaf
 * also the least credit the items it lacks toward its count carry), and
 * wants the more of that and what its children want together. `all` sums
 * every child's want (so when the undecided items carry that much, sharing
 * them out cuts nothing); `counted` only the fewest its rule counts (the
 * smallest `need` of them under `any` or `atLeast`), so any completion
 * reaching the per-node bound's progress gives out at least `counted`.
 * Reads `optCredits`, `baseCredits`, `optCount` and `baseCount` of the
 * bound buffers.
 *
 * @param ctx - the solver context
 * @param st - the search state
 * @param buf - the bound buffers, filled for this state
 * @param next - the first undecided item
 * @returns both sums over the roots
 * @internal
 */
export function wantedCredits(ctx: SolverContext, st: SearchState, buf: BoundBuffers, next: number): WantedCredits {
  const { want, wantCounted } = buf;
  const scan = ctx.scan;
  for (let at = 0; at < scan.length; at++) {
    const x = scan[at]!;
    const node = ctx.problem.nodes[x]!;
    want[x] = 0;
    wantCounted[x] = 0;
    if (ctx.shape.inert[x] !== undefined || node.claimed !== undefined) continue;
    const own = Math.max(0, Math.min(buf.optCredits[x]!, node.min.credits ?? 0) - buf.baseCredits[x]!);
    if (node.kind === 'leaf') {
      want[x] = wantCounted[x] = Math.max(own, countLackCredits(ctx, st, buf, x, next));
      continue;
    }
    let all = 0;
    let counted = 0;
    const kids = ctx.kids[x]!;
    for (let k = 0; k < kids.length; k++) {
      all += want[kids[k]!]!;
      counted += wantCounted[kids[k]!]!;
    }
    want[x] = Math.max(own, all);
    // Under `any` or `atLeast`, only the children it counts: the fewest.
    if (counted > 0 && !countsEveryChild(ctx.problem, ctx.shape, x)) {
      const wants = buf.wants;
      for (let k = 0; k < kids.length; k++) wants[k] = wantCounted[kids[k]!]!;
      counted = sumSmallest(wants, kids.length, node.need);
    }
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
