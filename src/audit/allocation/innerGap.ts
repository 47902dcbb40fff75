/**
 * How many further items an inner node's own minimums need.
 *
 * @internal
 */
import { EPS } from './allocationScore.js';
import { itemsToCover, type BoundBuffers } from './boundBuffers.js';
import type { SearchState, SolverContext } from './solverContext.js';

/**
 * The least number of further unpinned items that inner node `x` needs to
 * reach its optimistic progress on its own `min.count` and `min.credits`
 * (which count what is counted anywhere below it): the count still short,
 * and the fewest undecided candidates below it whose credits cover the
 * credit still short; less the pinned items still to come below it, which
 * are counted apart. 0 for a node without minimums.
 *
 * A completion reaching the node's optimistic progress counts that many
 * items below it: the leaves' own gaps alone say too little when the
 * minimum is on the node ("five electives, one of them at level 300").
 *
 * @param ctx - the solver context
 * @param st - the search state
 * @param buf - the bound buffers, with the node's `opt*` and `base*` filled
 * @param x - an inner node
 * @param next - the first undecided item
 * @returns the items needed
 * @internal
 */
export function innerGap(ctx: SolverContext, st: SearchState, buf: BoundBuffers, x: number, next: number): number {
  const node = ctx.problem.nodes[x]!;
  const minCount = node.min.count;
  const minCredits = node.min.credits;
  if (minCount === undefined && minCredits === undefined) return 0;
  let need = 0;
  if (minCount !== undefined) need = Math.min(buf.optCount[x]!, minCount) - buf.baseCount[x]!;
  const creditGap = minCredits === undefined ? 0 : Math.min(buf.optCredits[x]!, minCredits) - buf.baseCredits[x]!;
  let pins = 0;
  let n = 0;
  for (const i of ctx.below[x]!) {
    if (i < next || st.asg[i] !== -2 || st.blocked[i] !== 0) continue;
    if (ctx.shape.pin[i]! >= 0) pins += 1;
    if (creditGap > EPS) buf.credits[n++] = ctx.problem.items[i]!.credits;
  }
  if (creditGap > EPS) need = Math.max(need, itemsToCover(buf.credits, n, creditGap));
  return Math.max(0, need - pins);
}
