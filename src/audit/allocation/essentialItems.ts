/**
 * Items every allocation that meets the root must use, where, and the items
 * they rule out.
 *
 * @internal
 */
import type { AllocationProblem } from './AllocationProblem.js';
import { countNeed } from './nodeTests.js';
import type { SolverContext } from './solverContext.js';

/** What every allocation meeting the root does. @internal */
export interface EssentialItems {
  /** Per item: the leaf every such allocation assigns it to, or -1. */
  readonly home: Int32Array;
  /** Per item: 1 when no such allocation assigns it. */
  readonly out: Uint8Array;
}

/**
 * What every allocation meeting node 0 (the problem's one root) does. A
 * leaf that always counts toward the root and needs at least as many items
 * as it may take must be given all of them: each goes there, and whatever
 * conflicts with one of them (a composite and its parts) is not assigned.
 * Ruling items out may leave another leaf just as short, so this repeats
 * until nothing changes.
 *
 * Returns undefined when that contradicts itself (an item two such leaves
 * both need, two such items in conflict, a leaf short of items): no
 * allocation meets the root. Without a single root, nothing is found.
 *
 * @param ctx - the solver context
 * @returns the homes and the items ruled out; or undefined
 * @internal
 */
export function essentialItems(ctx: SolverContext): EssentialItems | undefined {
  const { problem, shape } = ctx;
  const n = problem.items.length;
  const home = new Int32Array(n).fill(-1);
  const out = new Uint8Array(n);
  if (!ctx.choice.failsRoot) return { home, out };
  let changed = true;
  while (changed) {
    changed = false;
    for (const l of ctx.leaves) {
      if (ctx.counted[l] !== 1 || shape.inert[l] !== undefined) continue;
      const need = countNeed(problem.nodes[l]!);
      if (need === undefined) continue;
      const open = ctx.cands[l]!.filter((i) => out[i] === 0);
      if (need > open.length) return undefined;
      if (need < open.length) continue;
      for (const i of open) {
        if (home[i] === l) continue;
        if (home[i]! >= 0) return undefined;
        home[i] = l;
        for (const j of problem.items[i]!.conflicts) {
          if (j < 0 || j >= n) continue;
          if (home[j]! >= 0) return undefined;
          if (out[j] === 0) {
            out[j] = 1;
            changed = true;
          }
        }
      }
    }
  }
  return { home, out };
}

/**
 * The problem narrowed to the allocations that may meet its root (see
 * {@link essentialItems}): the essential items pinned to their leaves, the
 * items they rule out taken from every leaf. The same problem when there is
 * nothing to narrow; undefined when no allocation meets the root. An
 * allocation of the narrowed problem is one of the problem too.
 *
 * @param ctx - the solver context
 * @returns the narrowed problem, or undefined
 * @internal
 */
export function narrowedProblem(ctx: SolverContext): AllocationProblem | undefined {
  const found = essentialItems(ctx);
  if (found === undefined) return undefined;
  const { problem, shape } = ctx;
  const { home, out } = found;
  const pins = problem.items.some((_, i) => home[i]! >= 0 && shape.pin[i] !== home[i]);
  if (!pins && out.every((o) => o === 0)) return problem;
  return {
    ...problem,
    items: problem.items.map((it, i) => (home[i]! >= 0 && shape.pin[i] !== home[i] ? { ...it, pinned: home[i]! } : it)),
    nodes: problem.nodes.map((node) => (node.eligible.some((i) => out[i] === 1) ? { ...node, eligible: node.eligible.filter((i) => out[i] !== 1) } : node)),
  };
}
