/**
 * Buffers the bound fills and reuses, so that computing it allocates nothing.
 *
 * @internal
 */
import { EPS } from './allocationScore.js';
import { countedScratch, type CountedScratch } from './countedTotals.js';
import { typedArrays } from '../../_internal/typedArrays.js';

/** Running sums over a set of items (what is applied now, or the candidates). @internal */
export class Sums {
  credits = 0;
  home = 0;
  rec = 0;
  pts = 0;
  graded = 0;
  /** Σ points × credits and Σ credits over graded items with credits. */
  weighted = 0;
  weights = 0;
  maxPts = -Infinity;
  /** Pinned items among them. */
  pins = 0;

  reset(): this {
    this.credits = this.home = this.rec = this.pts = this.graded = this.weighted = this.weights = this.pins = 0;
    this.maxPts = -Infinity;
    return this;
  }
}

/** Per-node buffers the bound fills, and scratch space. @internal */
export interface BoundBuffers {
  /** Upper bound on counted credits (subtree sum for internal nodes). */
  readonly optCredits: Float64Array;
  /** Upper bound on counted count. */
  readonly optCount: Float64Array;
  /** Counted credits that are sure to stay (stable) / assigned credits. */
  readonly baseCredits: Float64Array;
  /** Counted count that is sure to stay (stable) / assigned count. */
  readonly baseCount: Float64Array;
  /** 1 when the node may still be satisfied. */
  readonly possible: Uint8Array;
  /** Upper bound on the node's own progress. */
  readonly progress: Float64Array;
  /** Leaves: the further items it needs (`leafBound`'s gap); 0 elsewhere. */
  readonly gap: Float64Array;
  /** The same, 0 where an undecided must-use item may go. */
  readonly gapWithoutMust: Float64Array;
  /** Scratch for summing over the nodes that count (see `countedTotals`). */
  readonly counted: CountedScratch;
  /** Highest points among items that may count below the node. */
  readonly maxPoints: Float64Array;
  /** Upper bounds on distinct subjects / providers below the node. */
  readonly distinctSubject: Float64Array;
  readonly distinctProvider: Float64Array;
  /** Leaves and choice vertices: the least number of further items to be satisfied (0 if it cannot be, or when the node is not in the matching). */
  readonly demand: Float64Array;
  /** Nodes at or below a choice vertex: the fewest further items that meet it (see `choiceNeed`). */
  readonly needs: Float64Array;
  /** Scratch for `choiceNeed`. */
  readonly choiceScratch: number[];
  /** Scratch: the new credit each node wants, every child's / the counted children's (see `wantedCredits`). */
  readonly want: Float64Array;
  readonly wantCounted: Float64Array;
  /** Scratch for `wantedCredits`: the wants of one node's children. */
  readonly wants: Float64Array;
  /** Leaves: 1 when some undecided must-use item may go there. */
  readonly mustHere: Uint8Array;
  /** Scratch: credit figures (one per item). */
  readonly credits: Float64Array;
  /** Scratch: credit figures of home items (one per item). */
  readonly homeCredits: Float64Array;
  /** Scratch for the demand matching (see `demandsMet`). */
  readonly fill: Float64Array;
  readonly stamp: Int32Array;
  /** Per node: the items the matching gives it: the first `fill[l]` entries of `users[l]` (up to `demand[l]`); made when first given one. */
  readonly users: (number[] | undefined)[];
  readonly now: Sums;
  readonly cand: Sums;
}

/** Allocates bound buffers for `size` nodes and `items` items. @internal */
export function boundBuffers(size: number, items: number): BoundBuffers {
  const f = ['f64', size] as const;
  const [optCredits, optCount, baseCredits, baseCount, progress, gap, gapWithoutMust, maxPoints, distinctSubject, distinctProvider, demand, needs, want, wantCounted, wants, fill, credits, homeCredits, stamp, possible, mustHere] = typedArrays([
    f, f, f, f, f, f, f, f, f, f, f, f, f, f, f, f, ['f64', items], ['f64', items], ['i32', size], ['u8', size], ['u8', size],
  ]);
  return {
    optCredits, optCount, baseCredits, baseCount, possible, progress, gap, gapWithoutMust, counted: countedScratch(size), maxPoints, distinctSubject, distinctProvider, demand, needs, choiceScratch: [], want, wantCounted, wants, mustHere,
    credits, homeCredits, fill, stamp, users: new Array<number[] | undefined>(size).fill(undefined), now: new Sums(), cand: new Sums(),
  };
}

/**
 * The fewest of the first `n` figures of `credits` whose sum reaches `gap`
 * (all of them when none does). Sorts those figures in place.
 *
 * @internal
 */
export function itemsToCover(credits: Float64Array, n: number, gap: number): number {
  const part = credits.subarray(0, n).sort();
  let sum = 0;
  for (let k = 0; k < n; k++) {
    if (sum >= gap - EPS) return k;
    sum += part[n - 1 - k]!;
  }
  return n;
}
