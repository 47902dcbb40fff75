/**
 * What the solver precomputes once per problem, and its mutable search state.
 *
 * @internal
 */
import type { AllocationProblem, DistinctKey } from './AllocationProblem.js';
import type { LeafCount } from './countLeaf.js';
import { forcedItems } from './forcedItems.js';
import { MEMO } from './leafBound.js';
import { problemShape, type ProblemShape } from './problemShape.js';
import { symmetryPredecessors } from './symmetry.js';
import { leafPredecessors } from './leafSymmetry.js';
import { alwaysCounted } from './countedTotals.js';
import { choiceVertices, type ChoiceVertices } from './choiceVertices.js';
import { knapsackUnit } from './creditKnapsack.js';
import { meetsMinimum, meetsQualifiers } from './nodeTests.js';
import { parentIndex } from './parentIndex.js';
import { typedArrays } from '../../_internal/typedArrays.js';

/** Precomputed, read-only facts for the search. @internal */
export interface SolverContext {
  readonly problem: AllocationProblem;
  /**
   * The problem's shape, with the items every optimum assigns to their one
   * leaf (`forcedItems`) pinned there: the search treats them as pins.
   */
  readonly shape: ProblemShape;
  /** Usable leaves that some item may take, ascending (the others never change: see `scan`). */
  readonly leaves: readonly number[];
  /**
   * The nodes the bound looks at, children before parents: every node but
   * the leaves no item may take and that cannot hold with nothing (their
   * figures are all 0, whatever is assigned), so a wide tree of mostly
   * empty leaves costs a step only for the leaves that matter.
   */
  readonly scan: readonly number[];
  /** Per node: its children that are in `scan`. */
  readonly kids: readonly (readonly number[])[];
  /** Per node: items allowed there, ascending (empty for non-leaves). */
  readonly cands: readonly (readonly number[])[];
  /** Per inner node with a `min`: the items that may go to a leaf below it, ascending (empty otherwise). */
  readonly below: readonly (readonly number[])[];
  /** Per leaf of `leaves`: its ancestors (all of them, any depth); empty for every other node. */
  readonly ancestors: readonly (readonly number[])[];
  /**
   * No leaf has a `maxRecognized.share` and the program has no
   * `maxRecognized`: what counts at a leaf then never stops counting when
   * later items are assigned.
   */
  readonly stable: boolean;
  /** Symmetry chains (see `symmetryPredecessors`). */
  readonly prev: Int32Array;
  /** Per node: the previous leaf it is interchangeable with, or -1 (see `leafPredecessors`): a leaf is taken only once that one holds something. */
  readonly leafPrev: Int32Array;
  /** Per node: 1 when it counts toward the score whatever is assigned (see `alwaysCounted`). */
  readonly counted: Uint8Array;
  /** The demand matching's choice vertices (see `choiceVertices`). */
  readonly choice: ChoiceVertices;
  /** The credit unit of the knapsack bound (`creditKnapsack`), or undefined when figures are not whole or half credits. */
  readonly knapsackUnit: number | undefined;
  /** Per item: 1 when some claimed overlay could take it (applying it may help the overlay). */
  readonly claimedItems: Uint8Array;
  /** Key kinds some internal node's `minDistinct` uses. */
  readonly distinctBy: readonly DistinctKey[];
}

/** The mutable state of the search. @internal */
export interface SearchState {
  /** Per item: -2 undecided, -1 none, or the leaf. */
  readonly asg: Int32Array;
  /** Per item: how many assigned items conflict with it (plus 1 when banned). */
  readonly blocked: Int32Array;
  /** Per item: 1 when it must be assigned (a usage constraint of the search). */
  readonly must: Uint8Array;
  /** Per node: assigned items, ascending (items are decided in index order). */
  readonly at: number[][];
  /** Per group: items assigned from it (effective pins counted from the start). */
  readonly groupCount: Float64Array;
  /** Per group: the credits of those items. */
  readonly groupCredits: Float64Array;
  /** Group credit sums before each recorded assignment (see `moveInGroups`). */
  readonly groupStack: number[];
  /** Per node: the leaf's count of its assigned items, when known. */
  readonly cache: (LeafCount | undefined)[];
  /** Per node: `MEMO` figures of a settled leaf's bound (see `leafBound`), valid while `memoOf` is `cache`. */
  readonly memo: Float64Array;
  /** Per node: the cache entry `memo` was computed for. */
  readonly memoOf: (LeafCount | undefined)[];
  consumed: number;
}

/** Shared by every node with nothing to list: most nodes of a wide tree. */
const NONE: readonly number[] = Object.freeze([]);

/** The ancestors (any depth) of each leaf in `leaves`; `NONE` for every other node. */
function ancestorsOf(problem: AllocationProblem, leaves: readonly number[]): (readonly number[])[] {
  const size = problem.nodes.length;
  const { start, list } = parentIndex(problem);
  const seen = new Int32Array(size).fill(-1);
  const out = new Array<readonly number[]>(size).fill(NONE);
  const stack: number[] = [];
  for (const x of leaves) {
    const found: number[] = [];
    for (let k = start[x]!; k < start[x + 1]!; k++) stack.push(list[k]!);
    while (stack.length > 0) {
      const p = stack.pop()!;
      if (seen[p] === x || p === x) continue;
      seen[p] = x;
      found.push(p);
      for (let k = start[p]!; k < start[p + 1]!; k++) stack.push(list[k]!);
    }
    out[x] = found;
  }
  return out;
}

function claimedItemsOf(problem: AllocationProblem): Uint8Array {
  const out = new Uint8Array(problem.items.length);
  for (const node of problem.nodes) for (const n of node.claimed?.nodes ?? []) for (const i of n.eligible) if (i >= 0 && i < out.length) out[i] = 1;
  return out;
}

function itemsBelow(problem: AllocationProblem, cands: readonly (readonly number[])[], ancestors: readonly (readonly number[])[]): number[][] {
  const sets = problem.nodes.map((n) => (n.kind !== 'leaf' && (n.min.count !== undefined || n.min.credits !== undefined) ? new Set<number>() : undefined));
  cands.forEach((items, l) => {
    for (const a of ancestors[l]!) {
      const set = sets[a];
      if (set) for (const i of items) set.add(i);
    }
  });
  return sets.map((s) => (s === undefined ? [] : [...s].sort((a, b) => a - b)));
}

/**
 * Precomputes the solver's context.
 *
 * @param problem - the problem
 * @returns the context
 * @internal
 */
export function solverContext(problem: AllocationProblem): SolverContext {
  const given = problemShape(problem);
  const cands = new Array<readonly number[]>(problem.nodes.length).fill(NONE);
  given.allowed.forEach((ls, i) => ls.forEach((l) => (cands[l] === NONE ? (cands[l] = [i]) : (cands[l] as number[]).push(i))));
  const leaves: number[] = [];
  const idle = new Uint8Array(problem.nodes.length);
  problem.nodes.forEach((node, l) => {
    if (!given.usable[l]) return;
    if (cands[l]!.length > 0) leaves.push(l);
    else if (!(meetsMinimum(node, 0, 0) && meetsQualifiers(problem.items, node, [], [], 0, problem.plainGpa))) idle[l] = 1;
  });
  const scan = given.order.filter((x) => idle[x] === 0);
  const kids = problem.nodes.map((node) => (node.children.length === 0 ? NONE : node.children.filter((c) => c >= 0 && c < problem.nodes.length && idle[c] === 0)));
  const ancestors = ancestorsOf(problem, leaves);
  const below = itemsBelow(problem, cands, ancestors);
  const counted = alwaysCounted(problem, given);
  const forced = forcedItems(problem, given, cands, ancestors, counted);
  const shape: ProblemShape = { ...given, pin: given.pin.map((p, i) => (p >= 0 ? p : forced[i]!)) };
  // A share cap, at a leaf or on the program, and the program's cap on recognised credit, can cut what counted before.
  const stable = problem.policies?.maxRecognized === undefined && leaves.every((l) => problem.nodes[l]!.maxRecognized?.share === undefined);
  const distinctBy = (['subject', 'provider'] as const).filter((by) => problem.nodes.some((n) => n.kind !== 'leaf' && n.minDistinct?.by === by));
  return { problem, shape, leaves, scan, kids, cands, below, ancestors, stable, prev: symmetryPredecessors(problem, shape), leafPrev: leafPredecessors(problem, shape), counted, choice: choiceVertices(problem, given, counted), claimedItems: claimedItemsOf(problem), knapsackUnit: knapsackUnit(problem), distinctBy };
}

/**
 * A fresh search state: nothing decided.
 *
 * @internal
 */
export function searchState(ctx: SolverContext): SearchState {
  const n = ctx.problem.items.length;
  const [memo, asg, blocked, must] = typedArrays([['f64', ctx.problem.nodes.length * MEMO], ['i32', n], ['i32', n], ['u8', n]]);
  asg.fill(-2);
  return {
    asg,
    blocked,
    must,
    groupCount: Float64Array.from(ctx.shape.groupPins, (g) => g.count),
    groupCredits: Float64Array.from(ctx.shape.groupPins, (g) => g.credits),
    groupStack: [],
    // Only the leaves some item may take ever hold anything.
    at: Array.from(ctx.problem.nodes, (_, x) => (ctx.cands[x]!.length > 0 ? [] : (NONE as number[]))),
    cache: ctx.problem.nodes.map(() => undefined),
    memo,
    memoOf: ctx.problem.nodes.map(() => undefined),
    consumed: 0,
  };
}
