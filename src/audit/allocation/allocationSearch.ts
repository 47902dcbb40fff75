/**
 * The branch and bound behind `solveAllocation`.
 *
 * @internal
 */
import { compareScores, type AllocationScore } from './allocationScore.js';
import { computeBound } from './bounds.js';
import type { LeafCount } from './countLeaf.js';
import { evaluateAllocation, type AllocationEvaluation } from './evaluateAllocation.js';
import { moveInGroups } from './groupCaps.js';
import { reaches, trimIncumbent } from './trimIncumbent.js';
import { boundBuffers, type BoundBuffers } from './leafBound.js';
import { searchState, type SearchState, type SolverContext } from './solverContext.js';
import { isUselessMove } from './usefulMove.js';
import { Transpositions } from './transpositions.js';

/**
 * `optimize`: find the best score (ties with the incumbent are cut);
 * `aspire`: find an assignment reaching a target score, keeping the best
 * found on the way and, of the subtrees cut for falling short of the
 * target, the highest bound (the `ceiling`);
 * `witness`: find any assignment reaching a target score under usage
 * constraints; `leaves`: the same, trying each item's leaves in ascending
 * order and then "none", so the first found is the first in tie-break
 * order (`compareTieBreak`).
 *
 * @internal
 */
export type SearchMode = 'optimize' | 'aspire' | 'witness' | 'leaves';

/**
 * The share of the budget the plain branch and bound has first, before the
 * aspiration rounds (see `optimize`). A tenth: what the plain search settles
 * it settles well within that, and programs whose minimums need more credits
 * than there are settle sooner by aspiration (of 3,600 drawn heavy-overlap
 * solves, 2 ran out of the budget with half, none with a tenth).
 */
const PLAIN_FIRST_SHARE = 1 / 10;

/** Rounds of the aspiration search (see `optimize`) before the plain branch and bound takes over. */
const ASPIRATION_ROUNDS = 12;

const DEAD = -3;

/** The least score of a satisfied program: what `satisfy` looks for. */
const SATISFIED: AllocationScore = { programSatisfied: true, rootSatisfied: true, satisfiedNodes: -Infinity, progress: -Infinity, consumed: Infinity };

/**
 * What one search step costs of the step budget: 1 for a problem of up to
 * four nodes and items that the bound looks at, and one more for every four
 * more (the nodes are those of `scan`: leaves no item may take are not
 * looked at). A step's bound looks at each of them, so its time grows with
 * the problem: charged this way, the default budget of 1,000,000 takes
 * about the same time (about a second) on any problem, small or large. A
 * bound that also runs the credit knapsack charges its work on top
 * (`creditKnapsack`).
 *
 * @internal
 */
export function stepCost(ctx: Pick<SolverContext, 'scan' | 'problem'>): number {
  return Math.max(1, Math.ceil((ctx.scan.length + ctx.problem.items.length) / 4));
}

/**
 * Depth-first branch and bound over items in index order. A subtree is cut
 * when its bound (`computeBound`) scores below the reference (the incumbent,
 * or the target). Items with one possible choice (pinned, blocked, banned,
 * symmetric to an unused predecessor) are set without branching. The leaf
 * the demand matching suggests is tried first, so the first dive is a good
 * incumbent. When the pins to come close every gap, leaving the rest
 * unassigned is tried first, and if it reaches the bound the subtree is done.
 *
 * @internal
 */
export class AllocationSearch {
  /** Search nodes visited, over all runs. */
  steps = 0;
  /** Budget used, over all runs: each step costs `stepCost`. */
  work = 0;
  /** The step budget ran out. */
  aborted = false;
  /** The best assignment found (the last witness, in the witness modes). */
  bestAsg: number[] = [];
  bestEval: AllocationEvaluation | undefined;
  private readonly st: SearchState;
  private readonly buf: BoundBuffers;
  private readonly saved: (LeafCount | undefined)[];
  private mode: SearchMode = 'optimize';
  private usage: Int8Array;
  private mustSuffix: Int32Array;
  private target: AllocationScore | undefined;
  private found = false;
  /** The bound at the root of `optimize`. */
  private root: AllocationScore | undefined;
  /** What one step costs of the budget (see `stepCost`). */
  private readonly cost: number;
  /** States already settled in this run (see `Transpositions`). */
  private readonly memo: Transpositions;
  /** In `aspire` mode: the highest bound above the incumbent among the subtrees cut for falling short of the target. */
  private ceiling: AllocationScore | undefined;
  /** The work at which the current run stops: the budget, or less for the aspiration rounds (see `optimize`). */
  private limit: number;
  /** Whether settled states are kept (see `Transpositions`): not in the first look, a short descent that seldom meets a state twice. */
  private remember = true;

  constructor(
    private readonly ctx: SolverContext,
    private readonly budget: number,
  ) {
    const n = ctx.problem.items.length;
    this.st = searchState(ctx);
    this.buf = boundBuffers(ctx.problem.nodes.length, n);
    this.saved = ctx.problem.items.map(() => undefined);
    this.usage = new Int8Array(n);
    this.mustSuffix = new Int32Array(n + 1);
    this.cost = stepCost(ctx);
    this.memo = new Transpositions(ctx);
    this.limit = budget;
  }

  /**
   * Finds an assignment of the best score. First the plain branch and
   * bound from a greedy descent, on a tenth of the budget: most problems settle
   * there. Then, when it has not, by aspiration: look for an assignment
   * reaching the root bound, cutting every subtree whose bound falls short
   * of it; when there is none, the highest bound among the subtrees cut
   * (and the incumbent) bounds every assignment, so look again with that as
   * the target; until one is found (it is the best) or the incumbent
   * reaches the new bound. The rounds may use half the budget left; after
   * a few rounds, or when they run out of it, the plain branch and bound
   * finishes from the incumbent with the rest. States settled in one run
   * hold in the next.
   */
  optimize(): void {
    const none = this.begin();
    // The plain search first, on a tenth of the budget: most problems settle in it.
    this.limit = this.work + (this.budget - this.work) * PLAIN_FIRST_SHARE;
    if (!this.found) this.dfs(0);
    if (this.found || !this.aborted) {
      this.limit = this.budget;
      this.found = false;
      return;
    }
    this.aborted = false;
    this.limit = this.work + (this.budget - this.work) / 2;
    const settled = this.aspire(none, this.root!);
    this.limit = this.budget;
    if (!settled && !this.found) {
      this.aborted = false;
      this.reset(none, 'optimize', true);
      this.dfs(0);
    }
    this.found = false;
  }

  /**
   * Looks, within `work` of the budget, in tie-break order (`leaves` mode)
   * for an assignment reaching the root bound. No assignment scores above
   * the bound, so one found is the best and, being the first in tie-break
   * order, the answer `optimize` and the tie-break search would give
   * together; in a typical audit the bound is tight and one descent finds
   * it. Returns false when there is none or the work ran out, leaving the
   * search to start afresh.
   */
  probe(work: number): boolean {
    // Only the root bound: the pins alone are no incumbent the witness needs.
    const none = this.rootBound();
    this.limit = Math.min(this.budget, this.work + work);
    this.remember = false;
    const found = this.witness(none, this.root!, 'leaves') !== undefined;
    this.remember = true;
    this.limit = this.budget;
    this.aborted = false;
    return found;
  }

  /** Starts `optimize` and `satisfy`: no usage constraints, the root bound, and the pinned items alone as the first incumbent; returns the (empty) usage. */
  private begin(): Int8Array {
    const none = this.rootBound();
    this.consider(0);
    return none;
  }

  /** No usage constraints and nothing decided; sets the bound at the root. Returns the (empty) usage. */
  private rootBound(): Int8Array {
    const none = new Int8Array(this.st.asg.length);
    this.reset(none, 'optimize');
    this.root = computeBound(this.ctx, this.st, this.buf, 0).score;
    return none;
  }

  /** The aspiration rounds of `optimize`; true when they settled the best score. */
  private aspire(none: Int8Array, root: AllocationScore): boolean {
    let target: AllocationScore | undefined = root;
    for (let round = 0; round < ASPIRATION_ROUNDS; round++) {
      // What the plain search and each round settled still holds in the next (see `reuses`).
      this.reset(none, 'aspire', true);
      this.target = target;
      this.ceiling = undefined;
      this.dfs(0);
      if (this.found) return true;
      if (this.aborted) return false;
      const c = this.ceiling;
      target = c !== undefined && compareScores(c, this.bestEval!.score) > 0 ? c : undefined;
      // Nothing above the incumbent is left: it is the best.
      if (target === undefined) return true;
    }
    return false;
  }

  /**
   * Settles only whether the program can be satisfied: the assignment of
   * the pinned items alone, or the first found that satisfies the program
   * (any one, not the best). Cuts every subtree whose bound cannot satisfy
   * the program, so an unsatisfiable problem is proven so much faster than
   * by `optimize`.
   */
  satisfy(): void {
    const none = this.begin();
    if (this.bestEval!.score.programSatisfied || !this.root!.programSatisfied) return void (this.found = false);
    const found = this.witness(none, SATISFIED, 'witness');
    if (found === undefined) this.consider(0);
    this.found = false;
  }

  /**
   * Looks for an assignment scoring at least `target` where items with usage
   * 1 are assigned and items with usage -1 are not; returns it (it becomes
   * the best) or undefined when there is none (or the budget ran out).
   */
  witness(usage: Int8Array, target: AllocationScore, mode: 'witness' | 'leaves'): number[] | undefined {
    this.reset(usage, mode);
    this.target = target;
    this.dfs(0);
    return this.found ? this.bestAsg : undefined;
  }

  /** Searches unwind all they assign: lifts the last usage constraints and applies a copy of the new ones. */
  private reset(given: Int8Array, mode: SearchMode, keepStates = false): void {
    this.usage.forEach((u, i) => {
      if (u < 0) this.st.blocked[i]! -= 1;
    });
    this.st.must.fill(0);
    const usage = given.slice();
    this.usage = usage;
    this.mode = mode;
    this.found = false;
    if (!keepStates) this.memo.clear();
    usage.forEach((u, i) => {
      if (u < 0) this.st.blocked[i]! += 1;
      if (u > 0) this.st.must[i] = 1;
    });
    for (let i = usage.length - 1; i >= 0; i--) this.mustSuffix[i] = this.mustSuffix[i + 1]! + (usage[i] === 1 ? 1 : 0);
  }

  private forcedChoice(i: number): number | undefined {
    const { shape, prev } = this.ctx;
    if (shape.pin[i]! >= 0) return shape.pin[i]!;
    const none = this.usage[i] === 1 ? DEAD : -1;
    if (shape.allowed[i]!.length === 0 || this.st.blocked[i]! > 0) return none;
    const p = prev[i]!;
    if (p >= 0 && this.st.asg[p] === -1) return none;
    // A must-use item with one leaf goes there.
    return this.usage[i] === 1 && shape.allowed[i]!.length === 1 ? shape.allowed[i]![0]! : undefined;
  }

  private dfs(start: number): void {
    const n = this.st.asg.length;
    let i = start;
    let dead = false;
    while (i < n) {
      const f = this.forcedChoice(i);
      if (f === undefined || (dead = f === DEAD)) break;
      this.set(i++, f);
    }
    if (!dead) this.branch(i);
    while (i > start) this.unset(--i);
  }

  private branch(i: number): void {
    this.steps += 1;
    const key = i < this.st.asg.length && this.remember ? this.memo.key(this.st, i) : undefined;
    const seen = key === undefined ? undefined : this.memo.settled(key, this.st.consumed);
    if (seen !== undefined && this.reuses(seen)) {
      this.work += 1;
      this.raiseCeiling(seen);
      return;
    }
    this.work += this.cost;
    if (this.work > this.limit) {
      this.aborted = true;
      return;
    }
    const outer = this.ceiling;
    this.ceiling = undefined;
    this.explore(i);
    const inner = this.ceiling;
    this.ceiling = outer;
    this.raiseCeiling(inner);
    if (key !== undefined && !this.found && !this.aborted) this.memo.settle(key, this.st.consumed, inner);
  }

  /**
   * Whether a settled state, with `ceiling` the best it was found to hold
   * above the incumbent of the time, can be cut now: everything in it is
   * at most that or the incumbent, which only grows; so when that is not
   * above the incumbent, or (aspiring) falls short of the target. States
   * are kept from one aspiration round to the next and into the plain
   * search; the witness searches start afresh.
   */
  private reuses(ceiling: AllocationScore): boolean {
    if (this.mode === 'witness' || this.mode === 'leaves' || compareScores(ceiling, this.bestEval!.score) <= 0) return true;
    return this.mode === 'aspire' && !reaches(ceiling, this.target!);
  }

  private raiseCeiling(score: AllocationScore | undefined): void {
    if (score !== undefined && (this.ceiling === undefined || compareScores(score, this.ceiling) > 0)) this.ceiling = score;
  }

  /**
   * Whether the bound cuts the subtree: not above the incumbent in
   * `optimize` and `aspire`; below the target in the witness modes; and,
   * aspiring, short of the target on the first three aims (the items
   * consumed are left to the incumbent, so that a round settles them).
   */
  private cuts(bound: AllocationScore): boolean {
    if (this.mode === 'optimize') return compareScores(bound, this.bestEval!.score) <= 0;
    if (this.mode !== 'aspire') return compareScores(bound, this.target!) < 0;
    if (compareScores(bound, this.bestEval!.score) <= 0) return true;
    if (reaches(bound, this.target!)) return false;
    this.raiseCeiling(bound);
    return true;
  }

  private explore(i: number): void {
    const bound = computeBound(this.ctx, this.st, this.buf, i, this.mustSuffix[i]!);
    this.work += bound.work;
    if (this.cuts(bound.score)) return;
    if (i === this.st.asg.length) return void this.consider(i);
    if (bound.restEnough && compareScores(this.consider(i).score, bound.score) >= 0) return;
    for (const l of this.options(i, bound.hint)) {
      if (this.found) return;
      this.set(i, l);
      this.dfs(i + 1);
      this.unset(i);
      if (this.aborted) return;
    }
  }

  /**
   * Item `i`'s choices. In `leaves` mode, tie-break order: the leaves
   * ascending, then "none". Otherwise the hinted leaf first (else "none"
   * first, when allowed), then the others ascending.
   */
  private options(i: number, hint: number): number[] {
    const free = this.usage[i] === 0;
    const p = this.ctx.prev[i]!;
    const lowest = p >= 0 ? this.st.asg[p]! : -1;
    const ordered = this.mode === 'leaves';
    const first = !ordered && hint >= 0 && hint >= lowest && this.opens(hint) ? hint : -1;
    const out: number[] = !ordered && (first >= 0 || free) ? [first] : [];
    for (const l of this.ctx.shape.allowed[i]!) {
      if (l === first || l < lowest || !this.opens(l)) continue;
      if (!free || !isUselessMove(this.ctx, this.st, this.buf, i, l)) out.push(l);
    }
    if ((first >= 0 || ordered) && free) out.push(-1);
    return out;
  }

  /** Whether leaf `l` may take an item now: a leaf interchangeable with an earlier one only once that one holds something (see `leafPredecessors`). */
  private opens(l: number): boolean {
    const k = this.ctx.leafPrev[l]!;
    return k < 0 || this.st.at[k]!.length > 0;
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
    if (this.ctx.shape.pin[i]! < 0) moveInGroups(this.ctx, st, i, 1);
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
    if (this.ctx.shape.pin[i]! < 0) moveInGroups(this.ctx, st, i, -1);
  }

  /** Evaluates the decided prefix with the rest at their pins or unassigned; keeps it when it improves (or reaches the target). */
  private consider(next: number): AllocationEvaluation {
    const { shape, problem } = this.ctx;
    const asg = Array.from(this.st.asg, (l, k) => (k < next ? l : shape.pin[k]! >= 0 ? shape.pin[k]! : -1));
    let e = evaluateAllocation(problem, asg, shape);
    const improving = this.mode === 'optimize' || this.mode === 'aspire';
    const ref = improving ? this.bestEval?.score : this.target;
    if (ref === undefined || compareScores(e.score, ref) > (improving ? 0 : -1)) {
      const goal = this.mode === 'aspire' ? this.target! : this.root!;
      const near = improving && reaches(e.score, goal);
      if (near) e = trimIncumbent(this.ctx, asg, e, goal);
      this.bestAsg = asg;
      this.bestEval = e;
      // Reaching the target, or the root bound, ends the search.
      this.found = !improving || (near && compareScores(e.score, goal) >= 0);
    }
    return e;
  }
}
