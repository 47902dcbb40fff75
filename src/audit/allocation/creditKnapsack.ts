/**
 * A bound that knows credits cannot stretch: the undecided items' credits
 * shared out among the leaves, as a knapsack over the requirement tree.
 *
 * @internal
 */
import { EPS } from './allocationScore.js';
import type { BoundBuffers } from './boundBuffers.js';
import { countNeed } from './nodeTests.js';
import { countsEveryChild } from './countedTotals.js';
import type { SearchState, SolverContext } from './solverContext.js';
import type { AllocationProblem } from './AllocationProblem.js';

/** Credit units the knapsack goes up to; above, the bound is not tried. */
const MAX_UNITS = 64;
/** Nodes the bound looks at, at most; children of a node counting its best few, at most. */
const MAX_NODES = 64;
const MAX_RANKED = 12;
/** A score (satisfied nodes, progress) as one number: satisfied × SCALE + progress. */
const SCALE = 1e6;
const NONE = -Infinity;

/** The bound: satisfied nodes and progress that count, and whether the roots can all be satisfied. @internal */
export interface KnapsackBound {
  readonly satisfiedNodes: number;
  readonly progress: number;
  readonly rootSatisfied: boolean;
  /** What computing it costs of the step budget: one unit per 64 cells of its tables (see `stepCost`). */
  readonly work: number;
}

/** Per node, the best score with at most c units of new credit below it (`f`), and the best with the node satisfied (`g`). */
interface Table {
  readonly f: Float64Array;
  readonly g: Float64Array;
}

/** Whether every figure is a whole number of `unit`s (within EPS). */
function whole(x: number, unit: number): boolean {
  const v = x / unit;
  return Math.abs(v - Math.round(v)) <= EPS;
}

/**
 * The credit unit that makes every item's credits and every credit minimum
 * whole, 1 or 1/2, for {@link creditKnapsack}; undefined when neither does.
 *
 * @internal
 */
export function knapsackUnit(problem: AllocationProblem): number | undefined {
  for (const unit of [1, 0.5]) {
    const ok = problem.items.every((it) => whole(it.credits, unit)) && problem.nodes.every((n) => n.min.credits === undefined || whole(n.min.credits, unit));
    if (ok) return unit;
  }
  return undefined;
}

/** Max-plus convolution: out[c] = max over a + b ≤ c of x[a] + y[b] (x and y are non-decreasing, so a + b = c is enough). */
function convolve(x: Float64Array, y: Float64Array, units: number): Float64Array {
  const out = new Float64Array(units + 1).fill(NONE);
  for (let a = 0; a <= units; a++) {
    if (x[a] === NONE) continue;
    for (let b = 0; a + b <= units; b++) {
      const v = x[a]! + y[b]!;
      if (v > out[a + b]!) out[a + b] = v;
    }
  }
  for (let c = 1; c <= units; c++) if (out[c - 1]! > out[c]!) out[c] = out[c - 1]!;
  return out;
}

/** The best sum over exactly `k` of the tables (`pick` chooses f or g). */
function bestOf(tables: readonly Table[], k: number, pick: 'f' | 'g', units: number): Float64Array {
  // rows[j]: the best with j tables chosen so far.
  let rows: Float64Array[] = [new Float64Array(units + 1)];
  for (const t of tables) {
    const next: Float64Array[] = rows.map((r) => Float64Array.from(r));
    for (let j = 0; j < rows.length && j < k; j++) {
      const with_ = convolve(rows[j]!, t[pick], units);
      if (next[j + 1] === undefined) next[j + 1] = with_;
      else for (let c = 0; c <= units; c++) if (with_[c]! > next[j + 1]![c]!) next[j + 1]![c] = with_[c]!;
    }
    rows = next;
  }
  return rows[k] ?? new Float64Array(units + 1).fill(NONE);
}

/** The node's own satisfied flag and progress when `c` units of new credit lie below it. */
function own(ctx: SolverContext, buf: BoundBuffers, x: number, c: number, unit: number): { ok: boolean; p: number } {
  const node = ctx.problem.nodes[x]!;
  const credits = Math.min(buf.baseCredits[x]! + c * unit, buf.optCredits[x]!);
  const need = countNeed(node);
  let p = need === undefined ? 0 : Math.min(buf.optCount[x]!, need);
  const min = node.min.credits;
  if (min !== undefined) p += Math.min(credits, min);
  const ok = buf.possible[x] === 1 && (min === undefined || credits >= min - EPS);
  return { ok, p };
}

function table(ctx: SolverContext, buf: BoundBuffers, x: number, kids: readonly Table[], units: number, unit: number): Table {
  const f = new Float64Array(units + 1);
  const g = new Float64Array(units + 1).fill(NONE);
  const node = ctx.problem.nodes[x]!;
  const fixed = ctx.shape.inert[x];
  if (fixed !== undefined || node.claimed !== undefined) {
    // Decided apart: what the counted sums say, whatever the credits.
    const v = buf.counted.s[x]! * SCALE + buf.counted.p[x]!;
    f.fill(v);
    if (buf.possible[x] === 1) g.fill(v);
    return { f, g };
  }
  let below: Float64Array;
  let belowSatisfied: Float64Array;
  if (node.kind === 'leaf') {
    below = new Float64Array(units + 1);
    belowSatisfied = below;
  } else if (countsEveryChild(ctx.problem, ctx.shape, x)) {
    below = new Float64Array(units + 1);
    belowSatisfied = new Float64Array(units + 1);
    for (const t of kids) {
      below = convolve(below, t.f, units);
      belowSatisfied = convolve(belowSatisfied, t.g, units);
    }
    // Children the bound skips give nothing and cannot be satisfied (else they would be looked at).
    if (ctx.kids[x]!.length < node.children.length && node.need > 0) belowSatisfied.fill(NONE);
  } else {
    // The children counted are the best `need` of them, and those satisfied need not be the ones counted
    // (a satisfied child can rank below one with more progress): when `need` children can be satisfied
    // with the credits, the node's best is still at most the best counted.
    below = bestOf(kids, Math.min(node.need, kids.length), 'f', units);
    const satisfiable = kids.length < node.need ? undefined : bestOf(kids, node.need, 'g', units);
    belowSatisfied = below.map((v, c) => (satisfiable === undefined || satisfiable[c] === NONE ? NONE : v));
  }
  for (let c = 0; c <= units; c++) {
    const o = own(ctx, buf, x, c, unit);
    f[c] = below[c]! + o.p;
    if (o.ok && belowSatisfied[c]! !== NONE) {
      g[c] = belowSatisfied[c]! + SCALE + o.p;
      if (g[c]! > f[c]!) f[c] = g[c]!;
    }
  }
  return { f, g };
}

/**
 * An upper bound on the satisfied nodes and progress that count, when the
 * credits of the undecided items are all the new credit there is: each
 * leaf can gain at most the credits it is given, the credits given add up
 * to at most what the undecided items carry, and a node is satisfied only
 * with what its rule needs below it. A knapsack over the tree (in whole
 * credit units) finds the best share-out; it relaxes which items may go
 * where, so it is a bound, and it sees what the per-node bounds do not:
 * minimums that cannot all be met from the same credits.
 *
 * Tried only on small trees whose credit figures are whole (or half)
 * numbers and whose undecided credits are few: undefined otherwise, or when
 * the credits are enough for every node's own bound anyway.
 *
 * @param ctx - the solver context
 * @param st - the search state
 * @param buf - the bound buffers, filled for this state (`possible`, `optCredits`, `baseCredits`, `optCount`, `counted`)
 * @param next - the first undecided item
 * @returns the bound, or undefined
 * @internal
 */
export function creditKnapsack(ctx: SolverContext, st: SearchState, buf: BoundBuffers, next: number): KnapsackBound | undefined {
  if (ctx.scan.length > MAX_NODES || ctx.knapsackUnit === undefined) return undefined;
  const unit = ctx.knapsackUnit;
  let supply = 0;
  for (let i = next; i < st.asg.length; i++) if (st.asg[i] === -2 && st.blocked[i] === 0 && ctx.shape.allowed[i]!.length > 0) supply += ctx.problem.items[i]!.credits;
  let wanted = 0;
  for (const l of ctx.leaves) wanted += Math.max(0, Math.min(buf.optCredits[l]!, ctx.problem.nodes[l]!.min.credits ?? 0) - buf.baseCredits[l]!);
  for (const x of ctx.scan) {
    const min = ctx.problem.nodes[x]!.min.credits;
    if (min !== undefined && ctx.problem.nodes[x]!.kind !== 'leaf') wanted = Math.max(wanted, min - buf.baseCredits[x]!);
  }
  // Enough credit for every leaf's own bound: the share-out cannot cut anything.
  if (wanted <= supply + EPS) return undefined;
  const units = Math.round(supply / unit);
  if (units > MAX_UNITS) return undefined;
  const tables: (Table | undefined)[] = [];
  for (const x of ctx.scan) {
    const node = ctx.problem.nodes[x]!;
    if (node.kind !== 'leaf' && !countsEveryChild(ctx.problem, ctx.shape, x) && ctx.kids[x]!.length > MAX_RANKED) return undefined;
    tables[x] = table(ctx, buf, x, ctx.kids[x]!.map((c) => tables[c]!), units, unit);
  }
  let total: Float64Array = new Float64Array(units + 1);
  for (const r of ctx.shape.roots) {
    const t = tables[r];
    if (t !== undefined) total = convolve(total, t.f, units);
  }
  const v = total[units]!;
  const satisfiedNodes = Math.floor((v + EPS) / SCALE);
  const work = Math.ceil((ctx.scan.length * (units + 1) * (units + 1)) / 64);
  return { satisfiedNodes, progress: v - satisfiedNodes * SCALE, rootSatisfied: tables[0] !== undefined && tables[0].g[units]! !== NONE, work };
}
