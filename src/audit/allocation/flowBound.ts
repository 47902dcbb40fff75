/**
 * A matching bound: each item goes to one leaf, so the demands of the
 * leaves and choices that always count must be met by distinct items.
 *
 * @internal
 */
import type { BoundBuffers } from './boundBuffers.js';
import type { SearchState, SolverContext } from './solverContext.js';

/** Finds an augmenting path from item `i` (leaves stamped `round` are visited). */
function augment(allowed: readonly (readonly number[])[], buf: BoundBuffers, i: number, round: number): boolean {
  const { demand, fill, stamp, users } = buf;
  for (const l of allowed[i]!) {
    if (demand[l]! === 0 || stamp[l] === round) continue;
    stamp[l] = round;
    const us = (users[l] ??= []);
    const n = fill[l]!;
    if (n < demand[l]!) {
      us[n] = i;
      fill[l] = n + 1;
      return true;
    }
    for (let k = 0; k < n; k++) {
      if (augment(allowed, buf, us[k]!, round)) {
        us[k] = i;
        return true;
      }
    }
  }
  return false;
}

/** Whether the matching gives item `i` to leaf `l`. */
function serves(buf: BoundBuffers, l: number, i: number): boolean {
  const us = buf.users[l];
  if (us === undefined) return false;
  for (let k = 0; k < buf.fill[l]!; k++) if (us[k] === i) return true;
  return false;
}

/**
 * Whether the remaining candidates can meet every vertex's demand at once,
 * each candidate serving one vertex (a b-matching found by augmenting
 * paths). The vertices are the leaves that always count and the choices
 * that do (see `choiceVertices`): an item serves a leaf it may take, or the
 * choice above one. `buf.demand[v]` is the least number of further items
 * vertex `v` needs to be satisfied (0 for those that need none or cannot be
 * satisfied anyway).
 *
 * @param ctx - the solver context
 * @param st - the search state
 * @param buf - the bound buffers (`demand` read; `fill`, `stamp`, `users` used)
 * @param next - the first undecided item
 * @returns whether all demands can be met together, and the leaf the
 *   matching gives item `next` (-1 when none), a hint for the search
 * @internal
 */
export function demandsMet(ctx: SolverContext, st: SearchState, buf: BoundBuffers, next: number): { met: boolean; hint: number } {
  let total = 0;
  const leaves = ctx.leaves;
  for (let at = 0; at < leaves.length; at++) {
    const l = leaves[at]!;
    total += buf.demand[l]!;
    buf.fill[l] = 0;
    buf.stamp[l] = 0;
  }
  for (const x of ctx.choice.choices) {
    total += buf.demand[x]!;
    buf.fill[x] = 0;
    buf.stamp[x] = 0;
  }
  if (total === 0) return { met: true, hint: -1 };
  const { allowed } = ctx.shape;
  const adjacent = ctx.choice.adjacent ?? allowed;
  let round = 0;
  let flow = 0;
  for (let i = next; i < st.asg.length && flow < total; i++) {
    if (st.asg[i] !== -2 || st.blocked[i] !== 0) continue;
    if (augment(adjacent, buf, i, ++round)) flow += 1;
  }
  let hint = -1;
  if (next < st.asg.length) for (const l of allowed[next]!) if (serves(buf, l, next)) hint = l;
  return { met: flow >= total, hint };
}
