/**
 * The branch and bound behind `solveAllocation`.
 *
 * @internal
 */
import { compareScores } from './allocationScore.js';
import { computeBound } from './bounds.js';
import { evaluateAllocation, type AllocationEvaluation } from './evaluateAllocation.js';
import { boundBuffers, type BoundBuffers } from './leafBound.js';
import { searchState, type SearchState, type SolverContext } from './solverContext.js';
import { compareTieBreak, prefixSetWorse } from './tieBreak.js';
import { isUselessMove } from './usefulMove.js';
import type { LeafCount } from './countLeaf.js';

/**
 * Depth-first branch and bound over items in index order. At each item it
 * tries its allowed leaves in ascending order, then "none" (so the first dive
 * is a first-fit greedy incumbent). A subtree is cut when its bound scores
 * below the incumbent, or ties it while its decided prefix already loses the
 * tie-break (an item the incumbent uses is left unused, all earlier alike).
 * When the pins still to come close every leaf's gap, leaving the rest
 * unassigned is tried first; if that reaches the bound, the subtree is done.
 *
 * @internal
 */
export class AllocationSearch {
  /** Search nodes visited. */
  steps = 0;
  /** The step budget ran out. */
  aborted = false;
  private readonly st: SearchState;
  private readonly buf: BoundBuffers;
  private readonly saved: (LeafCount | undefined)[];
  private bestAsg: number[] = [];
  private bestEval: AllocationEvaluation | undefined;

  constructor(
    private readonly ctx: SolverContext,
    private readonly budget: number,
  ) {
    this.st = searchState(ctx);
    this.buf = boundBuffers(ctx.problem.nodes.length);
    this.saved = ctx.problem.items.map(() => undefined);
  }

  /** Runs the search; returns the best assignment found and its evaluation. */
  run(): { assignment: number[]; evaluation: AllocationEvaluation } {
    this.consider(0);
    this.dfs(0);
    return { assignment: this.bestAsg, evaluation: this.bestEval! };
  }

  private forcedChoice(i: number): number | undefined {
    const { shape, prev } = this.ctx;
    if (shape.pin[i]! >= 0) return shape.pin[i]!;
    if (shape.allowed[i]!.length === 0 || this.st.blocked[i]! > 0) return -1;
    const p = prev[i]!;
    return p >= 0 && this.st.asg[p] === -1 ? -1 : undefined;
  }

  private dfs(start: number): void {
    const n = this.st.asg.length;
    let i = start;
    while (i < n) {
      const f = this.forcedChoice(i);
      if (f === undefined) break;
      this.set(i++, f);
    }
    this.branch(i);
    while (i > start) this.unset(--i);
  }

  private branch(i: number): void {
    if (++this.steps > this.budget) {
      this.aborted = true;
      return;
    }
    const bound = computeBound(this.ctx, this.st, this.buf, i);
    const c = compareScores(bound.score, this.bestEval!.score);
    if (c < 0 || (c === 0 && prefixSetWorse(this.st.asg, this.bestAsg, i))) return;
    if (i === this.st.asg.length) return void this.consider(i);
    if (bound.restEnough && compareScores(this.consider(i).score, bound.score) >= 0) return;
    for (const l of this.options(i)) {
      this.set(i, l);
      this.dfs(i + 1);
      this.unset(i);
      if (this.aborted) return;
    }
  }

  private options(i: number): number[] {
    const p = this.ctx.prev[i]!;
    const lowest = p >= 0 ? this.st.asg[p]! : -1;
    const out: number[] = [];
    for (const l of this.ctx.shape.allowed[i]!) {
      if (l >= lowest && !isUselessMove(this.ctx, this.st, this.buf, i, l)) out.push(l);
    }
    out.push(-1);
    return out;
  }

  private set(i: number, l: number): void {
    const st = this.st;
    st.asg[i] = l;
    if (l < 0) return;
    st.at[l]!.push(i);
    this.saved[i] = st.cache[l];
    st.cache[l] = undefined;
    st.consumed += 1;
    for (const j of this.ctx.shape.conflicts[i]!) st.blocked[j]! += 1;
  }

  private unset(i: number): void {
    const st = this.st;
    const l = st.asg[i]!;
    st.asg[i] = -2;
    if (l < 0) return;
    st.at[l]!.pop();
    st.cache[l] = this.saved[i];
    st.consumed -= 1;
    for (const j of this.ctx.shape.conflicts[i]!) st.blocked[j]! -= 1;
  }

  /** Evaluates the decided prefix with the rest at their pins or unassigned; keeps it if best. */
  private consider(next: number): AllocationEvaluation {
    const { shape, problem } = this.ctx;
    const asg = Array.from(this.st.asg, (l, k) => (k < next ? l : shape.pin[k]! >= 0 ? shape.pin[k]! : -1));
    const e = evaluateAllocation(problem, asg, shape);
    const best = this.bestEval;
    const c = best === undefined ? 1 : compareScores(e.score, best.score);
    if (c > 0 || (c === 0 && compareTieBreak(asg, this.bestAsg) > 0)) {
      this.bestAsg = asg;
      this.bestEval = e;
    }
    return e;
  }
}
