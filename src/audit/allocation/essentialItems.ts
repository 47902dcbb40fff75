/**
 * Items every allocation that meets the root must use, and the items they
 * rule out.
 *
 * @internal
 */
import { countNeed } from './nodeTests.js';
import type { SolverContext } from './solverContext.js';

/**
 * Usage constraints that every allocation meeting node 0 (the problem's
 * one root) obeys: 1 for an item it must assign, -1 for one it may not.
 * A leaf that always counts toward the root and needs at least as many
 * items as it may take must be given all of them; so each of them is
 * assigned, and whatever conflicts with one of them (a composite and its
 * parts) is not. Ruling items out may leave another leaf just as short, so
 * this repeats until nothing changes.
 *
 * Returns undefined when the constraints contradict each other (an item
 * two such leaves both need, two such items in conflict, a leaf short of
 * items): no allocation meets the root. Without a single root, nothing is
 * constrained.
 *
 * @param ctx - the solver context
 * @returns per item, 1, -1 or 0; or undefined
 * @internal
 */
export function essentialUsage(ctx: SolverContext): Int8Array | undefined {
  const { problem, shape } = ctx;
  const usage = new Int8Array(problem.items.length);
  if (!ctx.choice.failsRoot) return usage;
  const home = new Int32Array(problem.items.length).fill(-1);
  let changed = true;
  while (changed) {
    changed = false;
    for (const l of ctx.leaves) {
      if (ctx.counted[l] !== 1 || shape.inert[l] !== undefined) continue;
      const need = countNeed(problem.nodes[l]!);
      if (need === undefined) continue;
      const open = ctx.cands[l]!.filter((i) => usage[i] !== -1);
      if (need > open.length) return undefined;
      if (need < open.length) continue;
      for (const i of open) {
        if (home[i] === l) continue;
        if (home[i]! >= 0) return undefined;
        home[i] = l;
        usage[i] = 1;
        for (const j of problem.items[i]!.conflicts) {
          if (usage[j] === 1) return undefined;
          if (usage[j] === 0) {
            usage[j] = -1;
            changed = true;
          }
        }
      }
    }
  }
  return usage;
}
