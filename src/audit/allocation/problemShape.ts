/**
 * The shape of an allocation problem that both the evaluation and the solver
 * read: node order, fixed (inert) subtrees, the leaves each item may take,
 * the effective pins and the symmetric conflict lists.
 *
 * @internal
 */
import type { AllocationProblem } from './AllocationProblem.js';
import { capGroups, fitsGroup, groupsOfItems, type CapGroup } from './groupCaps.js';

/** Derived, read-only facts about a problem. @internal */
export interface ProblemShape {
  /** Node indices, children before parents (post-order from node 0, then the rest). */
  readonly order: readonly number[];
  /** Nodes that are nobody's child (node 0, and any node unreachable from it that no node lists). */
  readonly roots: readonly number[];
  /**
   * Per node: the value of the nearest `fixed` node at or above it (the node
   * is inert: it takes no items and its status is that value), or undefined.
   */
  readonly inert: readonly (boolean | undefined)[];
  /** Per node: a leaf that may take items (a leaf outside fixed subtrees). */
  readonly usable: readonly boolean[];
  /** Per item: the leaves it may be assigned to, ascending. */
  readonly allowed: readonly (readonly number[])[];
  /** Per item: the leaf it must be assigned to, or -1. */
  readonly pin: readonly number[];
  /** Per item: the items it conflicts with (symmetric, no duplicates). */
  readonly conflicts: readonly (readonly number[])[];
  /** The group caps, cleaned (see `capGroups`). */
  readonly groups: readonly CapGroup[];
  /** Per item: the groups it belongs to, ascending. */
  readonly groupsOf: readonly (readonly number[])[];
  /** Per group: how many effectively pinned items it holds, and their credits. */
  readonly groupPins: readonly { readonly count: number; readonly credits: number }[];
  /** Per claimed overlay node: what it was found to be, by the applied items it could take (filled as evaluations ask). */
  readonly claimedMemo: ReadonlyMap<number, Map<string, boolean>>;
}

interface GroupFacts {
  readonly groups: readonly CapGroup[];
  readonly groupsOf: readonly (readonly number[])[];
}

function postOrder(problem: AllocationProblem): number[] {
  const nodes = problem.nodes;
  const seen = new Uint8Array(nodes.length);
  const order: number[] = [];
  // The path from the start, and per entry the next child to look at: typed arrays, no tuple per node.
  const path = new Int32Array(nodes.length);
  const next = new Int32Array(nodes.length);
  const visit = (start: number): void => {
    let depth = 0;
    path[0] = start;
    next[0] = 0;
    seen[start] = 1;
    while (depth >= 0) {
      const top = path[depth]!;
      const children = nodes[top]!.children;
      if (next[depth]! < children.length) {
        const c = children[next[depth]!++]!;
        if (c >= 0 && c < nodes.length && seen[c] === 0) {
          seen[c] = 1;
          depth += 1;
          path[depth] = c;
          next[depth] = 0;
        }
      } else {
        order.push(top);
        depth -= 1;
      }
    }
  };
  for (let i = 0; i < nodes.length; i++) if (seen[i] === 0) visit(i);
  return order;
}

function rootsOf(problem: AllocationProblem): number[] {
  const size = problem.nodes.length;
  const isChild = new Uint8Array(size);
  for (const node of problem.nodes) {
    const children = node.children;
    for (let k = 0; k < children.length; k++) if (children[k]! >= 0 && children[k]! < size) isChild[children[k]!] = 1;
  }
  const roots: number[] = [];
  for (let x = 0; x < size; x++) if (isChild[x] === 0) roots.push(x);
  return roots;
}

function inertValues(problem: AllocationProblem, order: readonly number[]): (boolean | undefined)[] {
  const nodes = problem.nodes;
  const inert: (boolean | undefined)[] = new Array<boolean | undefined>(nodes.length).fill(undefined);
  // Parents come after children in `order`, so walk it backwards.
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k]!;
    const own = nodes[i]!.fixed;
    const value = inert[i] ?? own;
    inert[i] = value;
    if (value === undefined) continue;
    for (const c of nodes[i]!.children) {
      if (c >= 0 && c < nodes.length && inert[c] === undefined) inert[c] = value;
    }
  }
  return inert;
}

/** Sorts an ascending-to-be list in place and drops repeats. */
function sortUnique(list: number[]): void {
  if (list.length < 2) return;
  list.sort((a, b) => a - b);
  let w = 1;
  for (let r = 1; r < list.length; r++) if (list[r] !== list[w - 1]) list[w++] = list[r]!;
  list.length = w;
}

function symmetricConflicts(problem: AllocationProblem): number[][] {
  const n = problem.items.length;
  const out: number[][] = [];
  for (let i = 0; i < n; i++) out.push([]);
  let any = false;
  for (let i = 0; i < n; i++) {
    for (const j of problem.items[i]!.conflicts) {
      if (!Number.isInteger(j) || j < 0 || j >= n || j === i) continue;
      out[i]!.push(j);
      out[j]!.push(i);
      any = true;
    }
  }
  if (any) out.forEach(sortUnique);
  return out;
}

/** Whether item `i` fits in each of its groups beside the pins counted in `sums`. */
function fitsBesidePins(problem: AllocationProblem, gf: GroupFacts, sums: readonly { count: number; credits: number }[], i: number): boolean {
  return gf.groupsOf[i]!.every((k) => fitsGroup(gf.groups[k]!, sums[k]!.count, sums[k]!.credits, problem.items[i]!.credits));
}

function effectivePins(problem: AllocationProblem, usable: readonly boolean[], conflicts: readonly (readonly number[])[], gf: GroupFacts): { pin: number[]; sums: { count: number; credits: number }[] } {
  const pin = problem.items.map(() => -1);
  const sums = gf.groups.map(() => ({ count: 0, credits: 0 }));
  problem.items.forEach((item, i) => {
    const p = item.pinned;
    if (p === undefined || usable[p] !== true) return;
    if (conflicts[i]!.some((j) => j < i && pin[j]! >= 0)) return;
    if (!fitsBesidePins(problem, gf, sums, i)) return;
    pin[i] = p;
    for (const k of gf.groupsOf[i]!) {
      sums[k]!.count += 1;
      sums[k]!.credits += item.credits;
    }
  });
  return { pin, sums };
}

function allowedLeaves(problem: AllocationProblem, usable: readonly boolean[], pin: readonly number[], conflicts: readonly (readonly number[])[], fits: (i: number) => boolean): number[][] {
  const n = problem.items.length;
  const allowed: number[][] = [];
  for (let i = 0; i < n; i++) allowed.push([]);
  // Leaves in ascending order, so each list comes out ascending; a repeat is its last entry.
  for (let l = 0; l < problem.nodes.length; l++) {
    if (!usable[l]) continue;
    for (const i of problem.nodes[l]!.eligible) {
      if (!Number.isInteger(i) || i < 0 || i >= n) continue;
      const a = allowed[i]!;
      if (a[a.length - 1] !== l) a.push(l);
    }
  }
  for (let i = 0; i < n; i++) {
    if (pin[i]! >= 0) allowed[i] = [pin[i]!];
    else if (allowed[i]!.length > 0 && (conflicts[i]!.some((j) => pin[j]! >= 0) || !fits(i))) allowed[i] = [];
  }
  return allowed;
}

/**
 * Derives the {@link ProblemShape} of a problem.
 *
 * - A node below (or at) a `fixed` node is inert: it takes no items.
 * - An item may be assigned to a usable leaf that lists it in `eligible`.
 * - A pin is effective when it names a usable leaf and the item does not
 *   conflict with an earlier effectively pinned item; the item may then only
 *   go to that leaf and must be assigned. An ineffective pin is ignored
 *   (the item keeps its eligible leaves), except that an item whose pin lost
 *   to a conflicting earlier pin, and any item conflicting with a pinned
 *   item, may not be assigned at all.
 * - Group caps: a pin is effective only when the item fits in each of its
 *   groups beside the earlier effective pins; an unpinned item that does not
 *   fit beside all the effective pins of its groups may not be assigned.
 *   So leaving every unpinned item unassigned is always valid.
 *
 * @param problem - the allocation problem
 * @returns its shape
 * @internal
 */
export function problemShape(problem: AllocationProblem): ProblemShape {
  const order = postOrder(problem);
  const roots = rootsOf(problem);
  const inert = inertValues(problem, order);
  const usable = problem.nodes.map((node, i) => node.kind === 'leaf' && inert[i] === undefined);
  const conflicts = symmetricConflicts(problem);
  const groups = capGroups(problem);
  const gf: GroupFacts = { groups, groupsOf: groupsOfItems(problem.items.length, groups) };
  const { pin, sums } = effectivePins(problem, usable, conflicts, gf);
  const allowed = allowedLeaves(problem, usable, pin, conflicts, (i) => fitsBesidePins(problem, gf, sums, i));
  const claimedMemo = new Map<number, Map<string, boolean>>();
  problem.nodes.forEach((n, x) => n.claimed !== undefined && claimedMemo.set(x, new Map()));
  return { claimedMemo, order, roots, inert, usable, allowed, pin, conflicts, groups, groupsOf: gf.groupsOf, groupPins: sums };
}
