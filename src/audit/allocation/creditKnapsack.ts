/**
 * A bound that knows credits cannot stretch: the undecided items' credits
 * shared out among the leaves, as a knapsack over the requirement tree.
 *
 * @internal
 */
import { EPS } from './allocationScore.js';
import type { BoundBuffers } from './boundBuffers.js';
import { itemsCarrying } from './wantedCredits.js';
import { countNeed } from './nodeTests.js';
import { countsEveryChild } from './countedTotals.js';
import type { SearchState, SolverContext } from './solverContext.js';
import type { AllocationProblem } from './AllocationProblem.js';
import { ITEMS, NONE, SCALE, bestOf, convolve, entry, itemsOf, prefixMax, scoreOf, type Meter } from './knapsackTables.js';

/** Credit units the knapsack goes up to; above, the bound is not tried. */
const MAX_UNITS = 96;
/** Nodes the bound looks at, at most; children of a node counting its best few, at most. */
const MAX_NODES = 64;
const MAX_RANKED = 12;

/** The bound: satisfied nodes and progress that count, and whether the roots can all be satisfied. @internal */
export interface KnapsackBound {
  readonly satisfiedNodes: number;
  readonly progress: number;
  readonly rootSatisfied: boolean;
  /** The fewest undecided items (pinned ones included) any completion reaching `satisfiedNodes` and `progress` assigns. */
  readonly items: number;
  /** What computing it costs of the step budget: one unit per 64 cells of its tables it computes (see `stepCost`). */
  readonly work: number;
}

/** Per node, the best entry with at most c units of new credit below it (`f`), and the best with the node satisfied (`g`). */
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

/**
 * The node's own satisfied flag and progress when `c` units of new credit
 * lie below it, and at most `count` items count there (its optimistic count
 * when not given).
 */
function own(ctx: SolverContext, buf: BoundBuffers, x: number, c: number, unit: number, count = buf.optCount[x]!): { ok: boolean; p: number } {
  const node = ctx.problem.nodes[x]!;
  const credits = Math.min(buf.baseCredits[x]! + c * unit, buf.optCredits[x]!);
  const need = countNeed(node);
  let p = need === undefined ? 0 : Math.min(count, need);
  const min = node.min.credits;
  if (min !== undefined) p += Math.min(credits, min);
  const ok = buf.possible[x] === 1 && (min === undefined || credits >= min - EPS) && (need === undefined || count >= need);
  return { ok, p };
}

/**
 * Per c: the fewest and the most undecided items leaf `l` may take whose
 * credits make up exactly c units (items come whole: a subset sum), or -1
 * when none do.
 */
function itemCounts(ctx: SolverContext, st: SearchState, l: number, next: number, units: number, unit: number, meter: Meter): { fewest: Int32Array; most: Int32Array } {
  const fewest = new Int32Array(units + 1).fill(-1);
  const most = new Int32Array(units + 1).fill(-1);
  fewest[0] = 0;
  most[0] = 0;
  let reach = 0;
  for (const i of ctx.cands[l]!) {
    if (i < next || st.asg[i] !== -2 || st.blocked[i] !== 0) continue;
    const w = Math.round(ctx.problem.items[i]!.credits / unit);
    reach = Math.min(units, reach + w);
    meter.cells += reach;
    // Downward, so that each item is taken once (an item of no credit adds to the same cell).
    for (let c = reach; c >= w; c--) {
      const k = fewest[c - w]!;
      if (k >= 0 && (fewest[c]! < 0 || k + 1 < fewest[c]!)) fewest[c] = k + 1;
      const m = most[c - w]!;
      if (m >= 0 && m + 1 > most[c]!) most[c] = m + 1;
    }
  }
  return { fewest, most };
}

function leafTable(ctx: SolverContext, st: SearchState, buf: BoundBuffers, x: number, next: number, units: number, unit: number, meter: Meter): Table {
  const f = new Float64Array(units + 1).fill(NONE);
  const g = new Float64Array(units + 1).fill(NONE);
  const { fewest, most } = itemCounts(ctx, st, x, next, units, unit, meter);
  for (let c = 0; c <= units; c++) {
    const k = fewest[c]!;
    if (k < 0) continue;
    // Given c units, at most the most items making them up count there besides what counts now.
    const o = own(ctx, buf, x, c, unit, Math.min(buf.optCount[x]!, buf.baseCount[x]! + most[c]!));
    const counted = k < ITEMS ? k : 0;
    f[c] = entry(o.p + (o.ok ? SCALE : 0), counted);
    if (o.ok) g[c] = f[c]!;
  }
  return { f: prefixMax(f), g: prefixMax(g) };
}

function innerTable(ctx: SolverContext, buf: BoundBuffers, x: number, kids: readonly Table[], units: number, unit: number, meter: Meter): Table {
  const node = ctx.problem.nodes[x]!;
  let below: Float64Array;
  let belowSatisfied: Float64Array;
  if (countsEveryChild(ctx.problem, ctx.shape, x)) {
    below = new Float64Array(units + 1);
    belowSatisfied = new Float64Array(units + 1);
    // Children the bound skips give nothing and cannot be satisfied (else they would be looked at).
    const satisfiable = buf.possible[x] === 1 && !(ctx.kids[x]!.length < node.children.length && node.need > 0);
    for (const t of kids) {
      below = convolve(below, t.f, units, meter);
      if (satisfiable) belowSatisfied = convolve(belowSatisfied, t.g, units, meter);
    }
    if (!satisfiable) belowSatisfied.fill(NONE);
  } else {
    // The children counted are the best `need` of them, and those satisfied need not be the ones counted
    // (a satisfied child can rank below one with more progress): when `need` children can be satisfied
    // with the credits, the node's best is still at most the best counted.
    below = bestOf(kids.map((t) => t.f), Math.min(node.need, kids.length), units, meter);
    const satisfiable = kids.length < node.need || buf.possible[x] !== 1 ? undefined : bestOf(kids.map((t) => t.g), node.need, units, meter);
    belowSatisfied = below.map((v, c) => (satisfiable === undefined || satisfiable[c] === NONE ? NONE : v));
  }
  const f = new Float64Array(units + 1);
  const g = new Float64Array(units + 1).fill(NONE);
  for (let c = 0; c <= units; c++) {
    const o = own(ctx, buf, x, c, unit);
    f[c] = below[c]! + entry(o.p, 0);
    if (o.ok && belowSatisfied[c]! !== NONE) {
      g[c] = belowSatisfied[c]! + entry(SCALE + o.p, 0);
      if (g[c]! > f[c]!) f[c] = g[c]!;
    }
  }
  return { f, g };
}

function table(ctx: SolverContext, st: SearchState, buf: BoundBuffers, x: number, kids: readonly Table[], next: number, units: number, unit: number, meter: Meter): Table {
  const node = ctx.problem.nodes[x]!;
  if (ctx.shape.inert[x] !== undefined || node.claimed !== undefined) {
    // Decided apart: what the counted sums say, whatever the credits.
    const v = entry(buf.counted.s[x]! * SCALE + buf.counted.p[x]!, 0);
    const f = new Float64Array(units + 1).fill(v);
    return { f, g: buf.possible[x] === 1 ? f : new Float64Array(units + 1).fill(NONE) };
  }
  return node.kind === 'leaf' ? leafTable(ctx, st, buf, x, next, units, unit, meter) : innerTable(ctx, buf, x, kids, units, unit, meter);
}

/**
 * An upper bound on the satisfied nodes and progress that count, when the
 * credits of the undecided items are all the new credit there is: each
 * leaf can gain at most the credits it is given, and only as much as whole
 * items it may take can make up; the credits given add up to at most what
 * the undecided items carry; and a node is satisfied only with what its
 * rule needs below it. A knapsack over the tree (in whole credit units)
 * finds the best share-out; it relaxes which items may go where, so it is a
 * bound, and it sees what the per-node bounds do not: minimums that cannot
 * all be met from the same credits. Beside it, the fewest items any
 * share-out reaching it gives out (a leaf given c units takes at least the
 * fewest of its items whose credits reach c).
 *
 * Tried only on small trees whose credit figures are whole (or half)
 * numbers and whose undecided credits are few: undefined otherwise, or when
 * the credits are enough for every node's own bound anyway.
 *
 * @param ctx - the solver context
 * @param st - the search state
 * @param buf - the bound buffers, filled for this state (`possible`, `optCredits`, `baseCredits`, `optCount`, `counted`)
 * @param next - the first undecided item
 * @param wanted - the new credit that would give every node its own bound at once (`wantedCredits`'s `all`)
 * @returns the bound, or undefined
 * @internal
 */
export function creditKnapsack(ctx: SolverContext, st: SearchState, buf: BoundBuffers, next: number, wanted: number): KnapsackBound | undefined {
  if (ctx.scan.length > MAX_NODES || ctx.knapsackUnit === undefined) return undefined;
  const unit = ctx.knapsackUnit;
  let supply = 0;
  for (let i = next; i < st.asg.length; i++) if (st.asg[i] === -2 && st.blocked[i] === 0 && ctx.shape.allowed[i]!.length > 0) supply += ctx.problem.items[i]!.credits;
  if (wanted <= supply + EPS) return undefined;
  const units = Math.round(supply / unit);
  if (units > MAX_UNITS) return undefined;
  const tables: (Table | undefined)[] = [];
  const meter: Meter = { cells: 0 };
  for (const x of ctx.scan) {
    const node = ctx.problem.nodes[x]!;
    if (node.kind !== 'leaf' && !countsEveryChild(ctx.problem, ctx.shape, x) && ctx.kids[x]!.length > MAX_RANKED) return undefined;
    tables[x] = table(ctx, st, buf, x, ctx.kids[x]!.map((c) => tables[c]!), next, units, unit, meter);
    meter.cells += units + 1;
  }
  let total: Float64Array = new Float64Array(units + 1);
  for (const r of ctx.shape.roots) {
    const t = tables[r];
    if (t !== undefined) total = convolve(total, t.f, units, meter);
  }
  const v = scoreOf(total[units]!);
  const satisfiedNodes = Math.floor((v + EPS) / SCALE);
  const work = Math.ceil(meter.cells / 64);
  const items = Math.max(itemsOf(total[units]!), itemsCarrying(ctx, st, buf, next, leastUnits(total, v) * unit));
  return { satisfiedNodes, progress: v - satisfiedNodes * SCALE, items, rootSatisfied: tables[0] !== undefined && tables[0].g[units]! !== NONE, work };
}

/** The fewest units with which the share-out reaches score `v`: a completion reaching it gives out at least that much credit. */
function leastUnits(total: Float64Array, v: number): number {
  let c = 0;
  while (c < total.length - 1 && scoreOf(total[c]!) < v - EPS) c++;
  return c;
}
