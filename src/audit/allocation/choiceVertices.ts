/**
 * The demand matching's vertices beyond the leaves that always count: the
 * choices (`any`, `atLeast`) that always count, each wanting the fewest
 * items any of its ways of being met takes.
 *
 * @internal
 */
import type { AllocationProblem } from './AllocationProblem.js';
import type { ProblemShape } from './problemShape.js';
import { countsEveryChild } from './countedTotals.js';

/**
 * A choice with more children than this is left out of the matching: its
 * demand is the sum of its children's smallest, and sorting them on every
 * step of a wide tree would cost more than the matching gains.
 */
const MAX_CHOICE_CHILDREN = 64;

/** The matching's vertices, precomputed. @internal */
export interface ChoiceVertices {
  /** The choices that are vertices, ascending. */
  readonly choices: readonly number[];
  /** Per node: 1 for a choice vertex and every node below one (their items needed are computed); 0 elsewhere. */
  readonly within: Uint8Array;
  /**
   * Per item: the vertices it may serve (the leaves that always count among
   * those it may take, and the choice vertex above each other leaf), or
   * undefined when there are no choice vertices (the item's leaves are the
   * vertices).
   */
  readonly adjacent: readonly (readonly number[])[] | undefined;
  /** Whether every vertex counts toward node 0 (the problem's one root): the matching failing then fails the root. */
  readonly failsRoot: boolean;
}

/**
 * Finds the choice vertices: the nodes that always count (see
 * `alwaysCounted`) but do not count every child, with at most
 * {@link MAX_CHOICE_CHILDREN} children. Every leaf that does not always
 * count lies below exactly one such node (its lowest ancestor that always
 * counts), and whatever meets that node takes at least as many items from
 * the leaves below it as its cheapest way of being met needs: the matching
 * then asks that many distinct items of the items those leaves may take.
 *
 * @param problem - the problem
 * @param shape - its shape
 * @param counted - per node, whether it always counts
 * @returns the vertices (no choices where a node has two parents)
 * @internal
 */
export function choiceVertices(problem: AllocationProblem, shape: ProblemShape, counted: Uint8Array): ChoiceVertices {
  const size = problem.nodes.length;
  const failsRoot = shape.roots.length === 1 && shape.roots[0] === 0;
  const within = new Uint8Array(size);
  const isChoice = (x: number): boolean => {
    const node = problem.nodes[x]!;
    return counted[x] === 1 && node.kind !== 'leaf' && !countsEveryChild(problem, shape, x) && node.children.length <= MAX_CHOICE_CHILDREN;
  };
  // Without a choice, nothing more to prepare.
  const choices = shape.order.filter(isChoice);
  const parents = choices.length === 0 ? undefined : parentsOf(problem);
  if (parents === undefined) return { choices: [], within, adjacent: undefined, failsRoot };
  const choiceOf = new Int32Array(size).fill(-1);
  for (const x of choices) {
    choiceOf[x] = x;
    within[x] = 1;
  }
  // Parents come after their children in `order`: walk it backwards, so a node's choice is known before its children's.
  for (let k = shape.order.length - 1; k >= 0; k--) {
    const x = shape.order[k]!;
    const p = parents[x]!;
    if (counted[x] === 0 && p >= 0 && choiceOf[p]! >= 0) {
      choiceOf[x] = choiceOf[p]!;
      within[x] = 1;
    }
  }
  const adjacent = shape.allowed.map((leaves) => {
    const out: number[] = [];
    for (const l of leaves) {
      const v = counted[l] === 1 ? l : choiceOf[l]!;
      if (v >= 0 && !out.includes(v)) out.push(v);
    }
    return out;
  });
  return { choices: choices.sort((a, b) => a - b), within, adjacent, failsRoot };
}

/** Per node its parent, or -1; undefined when some node has two. */
function parentsOf(problem: AllocationProblem): Int32Array | undefined {
  const size = problem.nodes.length;
  const parents = new Int32Array(size).fill(-1);
  for (let p = 0; p < size; p++) {
    for (const c of problem.nodes[p]!.children) {
      if (c < 0 || c >= size) continue;
      if (parents[c] !== -1) return undefined;
      parents[c] = p;
    }
  }
  return parents;
}

/**
 * The fewest further items that meet inner node `x`, below a choice vertex
 * (or one): the sum of what its children need, over the cheapest `need`
 * children that may still be met (inert children decided met need none).
 * 0 when too few may be met (the node cannot be, and wants nothing).
 *
 * @param problem - the problem
 * @param shape - its shape
 * @param kids - the node's children that the bound looks at
 * @param x - the node
 * @param possible - per node, 1 when it may still be met
 * @param needs - per node, the items it needs (its children's are read)
 * @param scratch - scratch space
 * @returns the items needed
 * @internal
 */
export function choiceNeed(problem: AllocationProblem, shape: ProblemShape, kids: readonly number[], x: number, possible: Uint8Array, needs: Float64Array, scratch: number[]): number {
  let met = 0;
  scratch.length = 0;
  for (const c of kids) {
    const fixed = shape.inert[c];
    if (fixed === true) met += 1;
    else if (fixed === undefined && possible[c] === 1) scratch.push(needs[c]!);
  }
  const want = Math.max(0, Math.min(problem.nodes[x]!.need, problem.nodes[x]!.children.length) - met);
  if (want > scratch.length) return 0;
  if (want === scratch.length) return scratch.reduce((s, v) => s + v, 0);
  if (want === 1) return Math.min(...scratch);
  scratch.sort((a, b) => a - b);
  let sum = 0;
  for (let k = 0; k < want; k++) sum += scratch[k]!;
  return sum;
}
