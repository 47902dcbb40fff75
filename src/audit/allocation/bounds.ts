/**
 * An upper bound on the score of every completion of a partial assignment.
 *
 * @internal
 */
import type { AllocationScore } from './allocationScore.js';
import { EPS } from './allocationScore.js';
import { leafBound, type BoundBuffers } from './leafBound.js';
import { countNeed, meetsMinimum } from './nodeTests.js';
import { demandsMet } from './flowBound.js';
import { policiesPossible } from './policyBound.js';
import { countedTotals } from './countedTotals.js';
import { innerGap } from './innerGap.js';
import { choiceNeed } from './choiceVertices.js';
import { creditKnapsack, type KnapsackBound } from './creditKnapsack.js';
import { itemsCarrying, wantedCredits } from './wantedCredits.js';
import type { SearchState, SolverContext } from './solverContext.js';

/** The bound and what the search reads besides. @internal */
export interface Bound {
  /**
   * No completion scores above this: each of the first three parts is
   * bounded on its own; `consumed` is the least any completion reaching
   * those three parts must consume.
   */
  readonly score: AllocationScore;
  /** The pins still to come cover every leaf's gap (leaving the rest unassigned may reach the bound). */
  readonly restEnough: boolean;
  /** The leaf the demand matching gives the next item, or -1: tried first. */
  readonly hint: number;
  /** Step budget the bound used beyond a step's own cost (the credit knapsack's, when it ran). */
  readonly work: number;
}

function internalBound(ctx: SolverContext, buf: BoundBuffers, x: number): void {
  const node = ctx.problem.nodes[x]!;
  let optCr = 0, optCt = 0, baseCr = 0, baseCt = 0, sat = 0, pts = -Infinity, dS = 0, dP = 0;
  const kids = ctx.kids[x]!;
  for (let k = 0; k < kids.length; k++) {
    const c = kids[k]!;
    if (ctx.shape.inert[c] !== undefined) {
      if (ctx.shape.inert[c] === true) sat += 1;
      continue;
    }
    optCr += buf.optCredits[c]!;
    optCt += buf.optCount[c]!;
    baseCr += buf.baseCredits[c]!;
    baseCt += buf.baseCount[c]!;
    sat += buf.possible[c]!;
    pts = Math.max(pts, buf.maxPoints[c]!);
    dS += buf.distinctSubject[c]!;
    dP += buf.distinctProvider[c]!;
  }
  buf.optCredits[x] = optCr;
  buf.optCount[x] = optCt;
  buf.baseCredits[x] = baseCr;
  buf.baseCount[x] = baseCt;
  buf.maxPoints[x] = pts;
  buf.distinctSubject[x] = dS;
  buf.distinctProvider[x] = dP;
  let ok = sat >= node.need && meetsMinimum(node, optCr, optCt);
  const md = node.minDistinct;
  // Subjects and providers are summed over the children; tags and kinds are not tracked (any number may still come).
  if (ok && md !== undefined) ok = Math.min(optCt, md.by === 'subject' ? dS : md.by === 'provider' ? dP : Infinity) >= md.count;
  if (ok && node.minGpa !== undefined) ok = pts >= node.minGpa - EPS;
  buf.possible[x] = ok ? 1 : 0;
}

function progressBound(ctx: SolverContext, buf: BoundBuffers, x: number): number {
  const node = ctx.problem.nodes[x]!;
  let p = 0;
  if (node.min.credits !== undefined) p += Math.min(buf.optCredits[x]!, node.min.credits);
  const need = countNeed(node);
  if (need !== undefined) p += Math.min(buf.optCount[x]!, need);
  return p;
}

/**
 * Computes the bound for the state in which items before `next` are decided.
 *
 * @param ctx - the solver context
 * @param st - the search state
 * @param buf - per-node buffers, filled as a side effect (the search reads them)
 * @param next - the first undecided item
 * @param mustToCome - undecided items that must be assigned (besides pinned ones)
 * @returns the bound
 * @internal
 */
export function computeBound(ctx: SolverContext, st: SearchState, buf: BoundBuffers, next: number, mustToCome = 0): Bound {
  const { shape, problem } = ctx;
  const scan = ctx.scan;
  for (let at = 0; at < scan.length; at++) {
    const x = scan[at]!;
    const fixed = shape.inert[x];
    buf.gap[x] = 0;
    buf.gapWithoutMust[x] = 0;
    if (fixed !== undefined) {
      buf.possible[x] = fixed ? 1 : 0;
      buf.progress[x] = 0;
      continue;
    }
    if (problem.nodes[x]!.kind === 'leaf') {
      const gap = leafBound(ctx, st, buf, x, next);
      buf.gap[x] = gap;
      if (buf.mustHere[x] === 0) buf.gapWithoutMust[x] = gap;
      if (ctx.choice.within[x] === 1) buf.needs[x] = buf.demand[x]!;
      // The matching below takes only leaves that always count (and choices): one of them failing is sure to cost.
      if (ctx.counted[x] === 0) buf.demand[x] = 0;
    } else {
      internalBound(ctx, buf, x);
      buf.gap[x] = innerGap(ctx, st, buf, x, next);
      if (ctx.choice.within[x] === 1) {
        const need = choiceNeed(problem, shape, ctx.kids[x]!, x, buf.possible, buf.needs, buf.choiceScratch);
        buf.needs[x] = need;
        // A choice vertex: its own demand in the matching.
        if (ctx.counted[x] === 1) buf.demand[x] = buf.possible[x] === 1 ? need : 0;
      }
    }
    buf.progress[x] = progressBound(ctx, buf, x);
  }
  const counted = countedTotals(problem, shape, buf.possible, buf.progress, buf.counted, { g: buf.gap, h: buf.gapWithoutMust }, ctx);
  const { gap: gaps, gapH: gapsWithoutMust } = counted;
  // When the leaves and choices that always count cannot all get the items they need, one of them fails.
  const flow = demandsMet(ctx, st, buf, next);
  // Every vertex of the matching counts toward the root: one failing fails it.
  const perNode = { satisfiedNodes: counted.satisfiedNodes - (flow.met ? 0 : 1), progress: counted.progress, rootSatisfied: problem.nodes.length > 0 && buf.possible[0] === 1 && (flow.met || !ctx.choice.failsRoot) };
  // Credits cannot stretch: where the undecided credits cannot meet every minimum at once, the knapsack says what can.
  const wanted = wantedCredits(ctx, st, buf, next);
  const knapsack = creditKnapsack(ctx, st, buf, next, wanted.all);
  const { satisfiedNodes, progress, rootSatisfied, cut, items } = tighten(perNode, knapsack);
  const policies = policiesPossible(ctx, st, buf, next);
  const programSatisfied = rootSatisfied && policies.possible;
  // A completion reaching a satisfied program needs the policies' items too.
  // Must-use items are distinct from the items that leaves no must-use item can serve need.
  // The leaves' item counts are for reaching the per-node bound; below it (cut by the knapsack) only the sure items stand.
  const leafItems = cut ? mustToCome : Math.max(gaps, mustToCome + gapsWithoutMust);
  // Where the knapsack's figures are the bound's, a completion reaching them gives out at least its items.
  // Reaching the per-node progress gives out at least the credits the counted nodes lack, in whole items.
  const carrying = cut ? 0 : itemsCarrying(ctx, st, buf, next, wanted.counted);
  const further = Math.max(policies.pinsToCome + leafItems, programSatisfied ? policies.itemsNeeded : 0, items, carrying);
  const consumed = st.consumed + further;
  return { score: { programSatisfied, rootSatisfied, satisfiedNodes, progress, consumed }, restEnough: further === policies.pinsToCome, hint: flow.hint >= 0 ? flow.hint : shortLeaf(ctx, buf, next), work: knapsack?.work ?? 0 };
}

/**
 * The lower (lexicographically) of the per-node bound and the credit
 * knapsack's, whether the knapsack's was lower (`cut`), and the knapsack's
 * fewest items when its figures are the bound's (lower or equal; else 0).
 */
function tighten(
  perNode: { readonly satisfiedNodes: number; readonly progress: number; readonly rootSatisfied: boolean },
  knapsack: KnapsackBound | undefined,
): { satisfiedNodes: number; progress: number; rootSatisfied: boolean; cut: boolean; items: number } {
  // Built field by field: spreading here cost a measurable share of a typical audit.
  if (knapsack === undefined) return { satisfiedNodes: perNode.satisfiedNodes, progress: perNode.progress, rootSatisfied: perNode.rootSatisfied, cut: false, items: 0 };
  const rootSatisfied = perNode.rootSatisfied && knapsack.rootSatisfied;
  const sameNodes = knapsack.satisfiedNodes === perNode.satisfiedNodes;
  const lower = knapsack.satisfiedNodes < perNode.satisfiedNodes || (sameNodes && knapsack.progress < perNode.progress - EPS);
  if (lower) return { satisfiedNodes: knapsack.satisfiedNodes, progress: knapsack.progress, rootSatisfied, cut: true, items: knapsack.items };
  const equal = sameNodes && knapsack.progress <= perNode.progress + EPS;
  return { satisfiedNodes: perNode.satisfiedNodes, progress: perNode.progress, rootSatisfied, cut: false, items: equal ? knapsack.items : 0 };
}

/** The first leaf item `next` may take that still needs items (for leaves the matching leaves out: spare alternatives), or -1. */
function shortLeaf(ctx: SolverContext, buf: BoundBuffers, next: number): number {
  if (next >= ctx.problem.items.length) return -1;
  // Leaves that always count are in the matching: where it gives the item none, leaving it out comes first.
  for (const l of ctx.shape.allowed[next]!) if (ctx.counted[l] === 0 && buf.gap[l]! > 0) return l;
  return -1;
}
