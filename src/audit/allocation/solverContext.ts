/**
 * What the solver precomputes once per problem, and its mutable search state.
 *
 * @internal
 */
import type { AllocationProblem } from './AllocationProblem.js';
import type { LeafCount } from './countLeaf.js';
import { problemShape, type ProblemShape } from './problemShape.js';
import { symmetryPredecessors } from './symmetry.js';

/** Precomputed, read-only facts for the search. @internal */
export interface SolverContext {
  readonly problem: AllocationProblem;
  readonly shape: ProblemShape;
  /** Usable leaves, ascending. */
  readonly leaves: readonly number[];
  /** Per node: items allowed there, ascending (empty for non-leaves). */
  readonly cands: readonly (readonly number[])[];
  /** Per node: its ancestors (all of them, any depth). */
  readonly ancestors: readonly (readonly number[])[];
  /**
   * No leaf has a `maxRecognized.share`: what counts at a leaf then never
   * stops counting when later items are assigned.
   */
  readonly stable: boolean;
  /** Symmetry chains (see `symmetryPredecessors`). */
  readonly prev: Int32Array;
  /** Key kinds some internal node's `minDistinct` uses. */
  readonly distinctBy: readonly ('subject' | 'provider')[];
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
  consumed: number;
}

function ancestorsOf(problem: AllocationProblem): number[][] {
  const parents: number[][] = problem.nodes.map(() => []);
  problem.nodes.forEach((node, p) => {
    for (const c of node.children) if (c >= 0 && c < problem.nodes.length) parents[c]!.push(p);
  });
  return problem.nodes.map((_, x) => {
    const seen = new Set<number>();
    const stack = [...parents[x]!];
    while (stack.length > 0) {
      const p = stack.pop()!;
      if (seen.has(p) || p === x) continue;
      seen.add(p);
      stack.push(...parents[p]!);
    }
    return [...seen];
  });
}

/**
 * Precomputes the solver's context.
 *
 * @param problem - the problem
 * @returns the context
 * @internal
 */
export function solverContext(problem: AllocationProblem): SolverContext {
  const shape = problemShape(problem);
  const leaves = problem.nodes.flatMap((_, l) => (shape.usable[l] ? [l] : []));
  const cands: number[][] = problem.nodes.map(() => []);
  shape.allowed.forEach((ls, i) => ls.forEach((l) => cands[l]!.push(i)));
  const stable = leaves.every((l) => problem.nodes[l]!.maxRecognized?.share === undefined);
  const distinctBy = (['subject', 'provider'] as const).filter((by) => problem.nodes.some((n) => n.kind !== 'leaf' && n.minDistinct?.by === by));
  return { problem, shape, leaves, cands, ancestors: ancestorsOf(problem), stable, prev: symmetryPredecessors(problem, shape), distinctBy };
}

/**
 * A fresh search state: nothing decided.
 *
 * @internal
 */
export function searchState(ctx: SolverContext): SearchState {
  const n = ctx.problem.items.length;
  return {
    asg: new Int32Array(n).fill(-2),
    blocked: new Int32Array(n),
    must: new Uint8Array(n),
    groupCount: Float64Array.from(ctx.shape.groupPins, (g) => g.count),
    groupCredits: Float64Array.from(ctx.shape.groupPins, (g) => g.credits),
    groupStack: [],
    at: ctx.problem.nodes.map(() => []),
    cache: ctx.problem.nodes.map(() => undefined),
    consumed: 0,
  };
}
