/**
 * Symmetry breaking: interchangeable leaves.
 *
 * @internal
 */
import type { AllocNode, AllocationProblem } from './AllocationProblem.js';
import type { ProblemShape } from './problemShape.js';
import { parentIndex } from './parentIndex.js';

/** What a leaf is, apart from where it stands: every field the evaluation reads, keys sorted. */
function signature(node: AllocNode): string {
  const { children: _c, eligible, ...rest } = node;
  return `${JSON.stringify(rest, (_key, value: unknown) => (value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : value))}|${eligible.join(',')}`;
}

/**
 * For each leaf, the previous leaf it is interchangeable with, or -1
 * (and -1 for every other node).
 *
 * Two leaves are interchangeable when they are children of the same one
 * parent (and of no other node), are alike in everything the evaluation
 * reads of a leaf (kind, minimums, caps, limits, qualifiers, the items it
 * may take), are usable and not fixed, are where no item is pinned, and
 * every item may take both or neither. Nothing the evaluation does tells
 * them apart: a parent counts its children by what they hold, never by
 * where they stand. The program's cap on recognised credit is the one
 * rule read across leaves in an order, so a problem with it has none.
 *
 * Swapping what two such leaves hold changes no score. So of any
 * assignment, renaming the leaves of a class in the order they are first
 * used gives one that scores the same and comes first in tie-break order
 * (item by item, the smaller leaf): the tie-break's optimum uses the
 * leaves of each class in order. The solver only explores assignments
 * where a leaf is taken only once its predecessor holds something. With
 * the chains of interchangeable items (`symmetryPredecessors`) this is
 * sound too: both keep the assignment first in that one order.
 *
 * @param problem - the problem
 * @param shape - its shape, with forced pins (see `forcedItems`)
 * @returns per node, the previous leaf of its class, or -1
 * @internal
 */
export function leafPredecessors(problem: AllocationProblem, shape: ProblemShape): Int32Array {
  const size = problem.nodes.length;
  const prev = new Int32Array(size).fill(-1);
  if (problem.policies?.maxRecognized !== undefined) return prev;
  const pinned = new Uint8Array(size);
  for (const l of shape.pin) if (l >= 0 && l < size) pinned[l] = 1;
  problem.items.forEach((it) => {
    if (it.pinned !== undefined && it.pinned >= 0 && it.pinned < size) pinned[it.pinned] = 1;
  });
  const { start, list: parents } = parentIndex(problem);
  // A cheap first cut (parent, and how many and which first items a leaf takes): most leaves differ there.
  const rough = new Map<string, number[]>();
  problem.nodes.forEach((node, l) => {
    if (node.kind !== 'leaf' || !shape.usable[l] || shape.inert[l] !== undefined || pinned[l] === 1 || node.fixed !== undefined || node.claimed !== undefined) return;
    if (start[l + 1]! - start[l]! !== 1 || node.eligible.length === 0) return;
    const key = `${parents[start[l]!]!}#${node.eligible.length}#${node.eligible[0]!}`;
    const list = rough.get(key);
    if (list) list.push(l);
    else rough.set(key, [l]);
  });
  let allowedTo: Set<number>[] | undefined;
  const last = new Map<string, number>();
  for (const group of rough.values()) {
    if (group.length < 2) continue;
    // Per leaf, the items that may take it: two leaves of a class are allowed to the same items.
    allowedTo ??= allowedSets(problem, shape);
    for (const l of group) {
      const key = `${parents[start[l]!]!}#${signature(problem.nodes[l]!)}`;
      const k = last.get(key);
      last.set(key, l);
      if (k !== undefined && sameSet(allowedTo[k]!, allowedTo[l]!)) prev[l] = k;
    }
  }
  return prev;
}

/** Per node, the items whose allowed leaves include it. */
function allowedSets(problem: AllocationProblem, shape: ProblemShape): Set<number>[] {
  const out: Set<number>[] = problem.nodes.map(() => new Set<number>());
  shape.allowed.forEach((ls, i) => {
    for (const l of ls) out[l]!.add(i);
  });
  return out;
}

function sameSet(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}
