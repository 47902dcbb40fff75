/**
 * Which nodes count toward the score: every child of `all`, but only as many
 * children of `any` / `atLeast` as the parent needs (the best of them). A
 * spare alternative, with everything below it, counts for nothing.
 *
 * @internal
 */
import type { AllocationProblem } from './AllocationProblem.js';
import type { ProblemShape } from './problemShape.js';
import { EPS } from './allocationScore.js';
import { selectBest } from './selectBest.js';
import { sumSmallest } from './sumSmallest.js';
import { typedArrays } from '../../_internal/typedArrays.js';

/**
 * Whether every child of node `x` counts: its parent rule needs them all
 * (`all`, or `need` at least the number of children), or it is inert (its
 * children are decided with it).
 *
 * @internal
 */
export function countsEveryChild(problem: AllocationProblem, shape: ProblemShape, x: number): boolean {
  const node = problem.nodes[x]!;
  return node.children.length <= node.need || shape.inert[x] !== undefined;
}

/**
 * Per node, whether it counts toward the score whatever is assigned: a
 * root (a node that is nobody's child), or a child of a counting node that
 * counts every child.
 *
 * @internal
 */
export function alwaysCounted(problem: AllocationProblem, shape: ProblemShape): Uint8Array {
  const size = problem.nodes.length;
  const out = new Uint8Array(size);
  for (const r of shape.roots) out[r] = 1;
  // Parents come after their children in `order`: walk it backwards.
  for (let k = shape.order.length - 1; k >= 0; k--) {
    const x = shape.order[k]!;
    if (out[x] === 1 && countsEveryChild(problem, shape, x)) for (const c of problem.nodes[x]!.children) if (c >= 0 && c < size) out[c] = 1;
  }
  return out;
}

/** Scratch space for {@link countedTotals}, sized to the problem. @internal */
export interface CountedScratch {
  /** Per node: satisfied nodes counted in its subtree (written). */
  readonly s: Float64Array;
  /** Per node: progress counted in its subtree (written). */
  readonly p: Float64Array;
  /** Per node: the least items its subtree needs to reach `s` and `p` (written when gaps are given). */
  readonly g: Float64Array;
  /** The same, from the second set of gaps. */
  readonly h: Float64Array;
  /** Children being ranked (the first entries; only ever written by index, so the array keeps its room). */
  readonly ranked: number[];
  /** Gaps of tied children (likewise). */
  readonly tied: number[];
}

/** Allocates scratch space for a problem of `size` nodes. @internal */
export function countedScratch(size: number): CountedScratch {
  const f = ['f64', size] as const;
  const [s, p, g, h] = typedArrays([f, f, f, f]);
  return { s, p, g, h, ranked: [], tied: [] };
}

/** Per node, the items it still needs on its own (a leaf's gap; an inner node's minimums in `g` only), two ways of counting them. @internal */
export interface OwnGaps {
  readonly g: ArrayLike<number>;
  readonly h: ArrayLike<number>;
}

/**
 * The nodes to visit, children before parents, and per node its children
 * to read: the others must have all their figures 0 (see `SolverContext.scan`).
 *
 * @internal
 */
export interface Scan {
  readonly scan: readonly number[];
  readonly kids: readonly (readonly number[])[];
}

/** The counted totals, and with gaps, the least items the roots need to reach them. @internal */
export interface Counted {
  readonly satisfiedNodes: number;
  readonly progress: number;
  /** Σ over the roots of `g` (0 without gaps). */
  readonly gap: number;
  /** Σ over the roots of `h` (0 without gaps). */
  readonly gapH: number;
}

/**
 * The satisfied nodes and progress that count: per node its own figures
 * (`ownS`: 1 when satisfied, `ownP`: its progress) plus those of its
 * counted children, where a node that needs fewer children than it has
 * counts only its best `need` children (more satisfied nodes first, then
 * more progress); summed over the roots. The choice of the best children
 * maximises the sum (the order is compatible with addition), so it is the
 * most favourable reading of which alternatives are the needed ones.
 *
 * Works on exact figures (the evaluation) and on upper bounds (the
 * search's bound, for which the result is again an upper bound). With
 * `gaps` (per leaf, the least further items it needs to reach its
 * optimistic figures), it also gives the least items any completion
 * reaching the totals needs: a completion whose sum reaches the bound
 * takes, at each node that counts its best `need` children, a set of
 * children that is itself among the best by the bound (a set scoring less
 * in satisfied nodes, or equal there and less in progress, could not make
 * up for it elsewhere), and brings each of them to its own bound; so the
 * node needs the gaps of the children ranked strictly above the `need`-th,
 * and the smallest gaps of enough of those tied with it. A node's own gap
 * (in `g`; an inner node's minimums, see `innerGap`) and its children's
 * overlap, so the larger of the two stands; `h` takes the children's only.
 *
 * @param problem - the problem
 * @param shape - its shape (node order, inert nodes)
 * @param ownS - per node, its own satisfied figure
 * @param ownP - per node, its own progress figure
 * @param out - scratch space (overwritten)
 * @param gaps - per node, own gaps (leaves), two ways
 * @param only - the nodes and children to read, when others are known to give 0
 * @returns the counted totals
 * @internal
 */
export function countedTotals(problem: AllocationProblem, shape: ProblemShape, ownS: ArrayLike<number>, ownP: ArrayLike<number>, out: CountedScratch, gaps?: OwnGaps, only?: Scan): Counted {
  const { s, p, g, h, ranked } = out;
  const size = problem.nodes.length;
  const nodes = only?.scan ?? shape.order;
  for (let at = 0; at < nodes.length; at++) {
    const x = nodes[at]!;
    let vs = ownS[x]!;
    let vp = ownP[x]!;
    const ownG = gaps === undefined ? 0 : gaps.g[x]!;
    let vg = 0;
    let vh = gaps === undefined ? 0 : gaps.h[x]!;
    const node = problem.nodes[x]!;
    const children = only?.kids[x] ?? node.children;
    // Indexed loops: these run for every node at every step of the search.
    if (countsEveryChild(problem, shape, x)) {
      for (let k = 0; k < children.length; k++) {
        const c = children[k]!;
        if (c < 0 || c >= size) continue;
        vs += s[c]!;
        vp += p[c]!;
        vg += g[c]!;
        vh += h[c]!;
      }
    } else if (node.need > 0) {
      // Children that can give nothing (no satisfied node, no progress, so no gap either) only fill the ranks.
      // Counted, not cut with `length = 0`, which would drop the array's room and grow it again at every step.
      let n = 0;
      for (let k = 0; k < children.length; k++) {
        const c = children[k]!;
        if (c >= 0 && c < size && (s[c]! > 0 || p[c]! > 0)) ranked[n++] = c;
      }
      if (n <= node.need) {
        for (let r = 0; r < n; r++) {
          const c = ranked[r]!;
          vs += s[c]!;
          vp += p[c]!;
          vg += g[c]!;
          vh += h[c]!;
        }
      } else {
        const k = node.need;
        selectBest(ranked, n, k, s, p);
        for (let r = 0; r < k; r++) {
          vs += s[ranked[r]!]!;
          vp += p[ranked[r]!]!;
        }
        if (gaps !== undefined) {
          vg += bestGaps(ranked, n, k, s, p, g, out.tied);
          vh += bestGaps(ranked, n, k, s, p, h, out.tied);
        }
      }
    }
    s[x] = vs;
    p[x] = vp;
    // A node's own need (an inner minimum) and its children's needs overlap: the larger is a lower bound.
    g[x] = Math.max(ownG, vg);
    h[x] = vh;
  }
  let satisfiedNodes = 0;
  let progress = 0;
  let gap = 0;
  let gapH = 0;
  for (const r of shape.roots) {
    satisfiedNodes += s[r]!;
    progress += p[r]!;
    gap += g[r]!;
    gapH += h[r]!;
  }
  return { satisfiedNodes, progress, gap, gapH };
}

/** The least total gap of `k` children among the best `k` (the first `n` of `ranked`, the `k`-th best at `k - 1`): all above the `k`-th, and the smallest gaps of those tied with it. */
function bestGaps(ranked: readonly number[], n: number, k: number, s: Float64Array, p: Float64Array, gap: Float64Array, tied: number[]): number {
  const last = ranked[k - 1]!;
  const ks = s[last]!;
  const kp = p[last]!;
  let total = 0;
  let above = 0;
  let t = 0;
  for (let r = 0; r < n; r++) {
    const c = ranked[r]!;
    if (s[c] === ks && Math.abs(p[c]! - kp) <= EPS) tied[t++] = gap[c]!;
    else if (s[c]! > ks || (s[c] === ks && p[c]! > kp)) {
      total += gap[c]!;
      above += 1;
    }
  }
  return total + sumSmallest(tied, t, k - above);
}
