/**
 * Symmetry breaking: interchangeable items.
 *
 * @internal
 */
import type { AllocationProblem } from './AllocationProblem.js';
import type { ProblemShape } from './problemShape.js';
import type { AllocLimit, DistinctKey } from './AllocationProblem.js';
import { keysOf } from './distinctKeys.js';

/** The key kinds some node caps or counts by, and the limits some node has. */
interface Keys {
  readonly by: readonly DistinctKey[];
  readonly limits: readonly AllocLimit[];
  /** Per item, the leaves of claimed overlays that could take it (one string; empty when none). */
  readonly claimed: readonly string[];
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

function sameList(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** Whether items `i` and `j` agree on everything the symmetry compares (numbers by `Object.is`). */
function alike(problem: AllocationProblem, shape: ProblemShape, keys: Keys, i: number, j: number): boolean {
  const a = problem.items[i]!;
  const b = problem.items[j]!;
  if (!Object.is(a.credits, b.credits) || !Object.is(a.points, b.points) || a.recognized !== b.recognized || (a.home === true) !== (b.home === true)) return false;
  if (!Object.is(a.earned, b.earned) || !Object.is(a.windowEnd, b.windowEnd)) return false;
  if (keys.by.some((by) => !sameKeys(keysOf(a, by), keysOf(b, by)))) return false;
  if (keys.limits.some((lim) => lim.items.includes(i) !== lim.items.includes(j))) return false;
  if (keys.claimed[i] !== keys.claimed[j]) return false;
  return sameList(shape.allowed[i]!, shape.allowed[j]!) && sameList(shape.groupsOf[i]!, shape.groupsOf[j]!);
}

/** Mixes number `x` (or its absence) into hash `h`; equal numbers mix alike. */
function mix(h: number, x: number | undefined): number {
  return (Math.imul(h, 31) + (x === undefined ? 1 : Math.imul((x * 4099) | 0, 40503))) | 0;
}

/** A hash of what `alike` compares (equal for alike items). */
function hashOf(problem: AllocationProblem, shape: ProblemShape, i: number): number {
  const it = problem.items[i]!;
  let h = mix(mix(mix(mix(it.recognized ? 7 : 0, it.credits), it.points), it.earned), it.windowEnd);
  for (const l of shape.allowed[i]!) h = mix(h, l);
  return mix(h, shape.groupsOf[i]!.length);
}

/**
 * Whether an item between `from` and `to` may go to one of their leaves
 * where the order of counting matters: a leaf with a cap (`max`, `maxPer`,
 * `maxRecognized`, `limits`), or, for recognised items under the program's
 * cap on recognised credit (counted in item order across leaves), any leaf.
 */
function interferes(problem: AllocationProblem, shape: ProblemShape, from: number, to: number): boolean {
  const everywhere = problem.items[to]!.recognized && problem.policies?.maxRecognized !== undefined;
  const leaves = shape.allowed[to]!.filter((l) => everywhere || ordered(problem.nodes[l]!));
  if (leaves.length === 0) return false;
  for (let x = from + 1; x < to; x++) {
    if (shape.allowed[x]!.some((l) => leaves.includes(l))) return true;
  }
  return false;
}

/** Whether what counts at a leaf depends on the order items are counted in. */
function ordered(node: AllocationProblem['nodes'][number]): boolean {
  return node.max !== undefined || node.maxPer !== undefined || node.maxRecognized !== undefined || node.limits !== undefined;
}

function claimedLeaves(problem: AllocationProblem): string[] {
  const out = problem.items.map(() => '');
  problem.nodes.forEach((node, x) => {
    node.claimed?.nodes.forEach((n, l) => {
      for (const i of n.eligible) if (i >= 0 && i < out.length) out[i] += `${x}:${l},`;
    });
  });
  return out;
}

/**
 * For each item, the previous item it is interchangeable with, or -1.
 *
 * Two items are interchangeable when they have the same allowed leaves,
 * credits, points, recognised and home flags, earned and windowEnd, groups, and
 * (where some node caps or counts by them) subjects, provider, tags and
 * kind; and belong to the same limits and the same leaves of claimed
 * overlays; have no conflicts
 * and no pin (given, or forced by `forcedItems`); and no item between
 * them may go to any of their leaves where the order of counting matters
 * (`interferes`: where nothing is capped, a leaf adds up what it is given
 * in any order, so swapping them changes nothing there). Swapping two such items changes nothing in the
 * evaluation, so an optimum exists (and the tie-break's optimum is one) in
 * which, along each chain, the leaves are non-decreasing with "none" last. The solver only explores such
 * assignments.
 *
 * @param problem - the problem
 * @param shape - its shape
 * @returns the predecessor of each item in its chain, or -1
 * @internal
 */
export function symmetryPredecessors(problem: AllocationProblem, shape: ProblemShape): Int32Array {
  const keys: Keys = {
    by: (['subject', 'provider', 'tag', 'kind'] as const).filter((by) => problem.nodes.some((n) => n.maxPer?.by === by || n.minDistinct?.by === by)),
    limits: problem.nodes.flatMap((n) => n.limits ?? []),
    claimed: claimedLeaves(problem),
  };
  const prev = new Int32Array(problem.items.length).fill(-1);
  // Per hash: the latest item of each class of alike items seen so far.
  const last = new Map<number, number[]>();
  problem.items.forEach((item, j) => {
    if (item.pinned !== undefined || shape.pin[j]! >= 0 || shape.conflicts[j]!.length > 0 || shape.allowed[j]!.length === 0) return;
    const h = hashOf(problem, shape, j);
    const heads = last.get(h) ?? last.set(h, []).get(h)!;
    const k = heads.findIndex((i) => alike(problem, shape, keys, i, j));
    if (k < 0) return void heads.push(j);
    const i = heads[k]!;
    heads[k] = j;
    if (!interferes(problem, shape, i, j)) prev[j] = i;
  });
  return prev;
}
