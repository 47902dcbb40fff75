/**
 * A matching bound: each item goes to one leaf, so the leaves' demands must
 * be met by distinct items.
 *
 * @internal
 */
import type { SearchState, SolverContext } from './solverContext.js';

/**
 * Whether the remaining candidates can meet every leaf's demand at once,
 * each candidate serving one leaf (a b-matching found by augmenting paths).
 * `demand[l]` is the least number of further items leaf `l` needs to be
 * satisfied (0 for leaves that need none or cannot be satisfied anyway).
 *
 * @param ctx - the solver context
 * @param st - the search state
 * @param demand - per node, the items it still needs
 * @param next - the first undecided item
 * @returns whether all demands can be met together, and the leaf the
 *   matching gives item `next` (-1 when none), a hint for the search
 * @internal
 */
export function demandsMet(ctx: SolverContext, st: SearchState, demand: Float64Array, next: number): { met: boolean; hint: number } {
  let total = 0;
  for (const l of ctx.leaves) total += demand[l]!;
  if (total === 0) return { met: true, hint: -1 };
  const { allowed } = ctx.shape;
  const fill = new Float64Array(demand.length);
  const users: number[][] = ctx.problem.nodes.map(() => []);
  const stamp = new Int32Array(demand.length);
  let round = 0;
  const augment = (i: number): boolean => {
    for (const l of allowed[i]!) {
      if (demand[l]! === 0 || stamp[l] === round) continue;
      stamp[l] = round;
      if (fill[l]! < demand[l]!) {
        fill[l]! += 1;
        users[l]!.push(i);
        return true;
      }
      const us = users[l]!;
      for (let k = 0; k < us.length; k++) {
        if (augment(us[k]!)) {
          us[k] = i;
          return true;
        }
      }
    }
    return false;
  };
  let flow = 0;
  for (let i = next; i < st.asg.length && flow < total; i++) {
    if (st.asg[i] !== -2 || st.blocked[i] !== 0) continue;
    round += 1;
    if (augment(i)) flow += 1;
  }
  let hint = -1;
  if (next < st.asg.length) for (const l of allowed[next]!) if (users[l]!.includes(next)) hint = l;
  return { met: flow >= total, hint };
}
