/**
 * Transpositions: decided prefixes that leave the search in the same place.
 *
 * @internal
 */
import type { AllocNode, AllocationProblem } from './AllocationProblem.js';
import type { AllocationScore } from './allocationScore.js';
import { countNeed } from './nodeTests.js';
import type { SearchState, SolverContext } from './solverContext.js';

/** States remembered per search run, at most: past this, new ones are not stored. */
const MAX_STATES = 1 << 18;

/** Whether a leaf adds up what it is given, in any order, and tests nothing but its minimums. */
function plainNode(node: AllocNode): boolean {
  return node.max === undefined && node.maxPer === undefined && node.maxRecognized === undefined && node.minDistinct === undefined && node.minGpa === undefined && node.limits === undefined && node.claimed === undefined;
}

/**
 * Whether every test of the problem reads only credit and count totals:
 * no caps, distinct keys, grade points, recognition limits, limits,
 * claimed overlays, conflicts, group caps, and no policy but
 * `totalCredits`. Then the score of any completion of a decided prefix
 * depends on the prefix only through each node's counted credits and count
 * (each up to the most any test there reads) and the items it consumed.
 */
function plainProblem(problem: AllocationProblem): boolean {
  const p = problem.policies;
  if (p !== undefined && (p.residency !== undefined || p.maxRecognized !== undefined || p.minGpa !== undefined || p.timeLimit === true)) return false;
  if ((problem.groups ?? []).length > 0) return false;
  return problem.nodes.every(plainNode) && problem.items.every((it) => it.conflicts.length === 0);
}

/**
 * A table of the states the search has settled: a state is the first
 * undecided item, each node's counted credits and count below it, each cut
 * at the most that any test there (or the program's `totalCredits`) reads,
 * and, for every chain of interchangeable items (`symmetryPredecessors`)
 * that the prefix enters, the leaf of its last decided item (the chain's
 * order limits what the rest of it may take). Two prefixes with the same
 * state have the same completions, and each completion scores the same
 * after both on every aim but the items consumed. So once the search has
 * settled a state (found nothing above the incumbent in it, or nothing
 * reaching the target), a prefix reaching it again having consumed as many
 * items or more can be cut: it has nothing better to offer.
 *
 * Only for problems whose tests read nothing but those totals (no caps,
 * grade points, distinct keys, recognition limits, conflicts or group
 * caps); {@link Transpositions.key} is undefined otherwise.
 *
 * @internal
 */
export class Transpositions {
  private readonly on: boolean;
  /** What the keys read, built at the first key: a search that never keys a state (the first look) builds none. */
  private tables: KeyTables | undefined;
  private readonly table = new Map<string, { readonly consumed: number; readonly ceiling: AllocationScore | undefined }>();

  constructor(private readonly ctx: SolverContext) {
    this.on = plainProblem(ctx.problem);
  }

  /** Forgets every state (a new search run, with its own usage constraints). */
  clear(): void {
    this.table.clear();
  }

  /** The state of `st` with items before `next` decided, or undefined when states are not tracked. */
  key(st: SearchState, next: number): string | undefined {
    if (!this.on) return undefined;
    const { problem, prev } = this.ctx;
    const t = (this.tables ??= keyTables(this.ctx));
    const { credits, counts } = t;
    let total = 0;
    for (const l of this.ctx.leaves) {
      let c = 0;
      for (const i of st.at[l]!) c += problem.items[i]!.credits;
      credits[l] = c;
      counts[l] = st.at[l]!.length;
      total += c;
    }
    let key = `${next}`;
    for (const x of t.tracked) {
      let c = 0;
      let n = 0;
      for (const l of t.leavesOf[x]!) {
        c += credits[l]!;
        n += counts[l]!;
      }
      key += `,${Math.min(c, t.creditCut[x]!)}/${Math.min(n, t.countCut[x]!)}`;
    }
    key += `|${Math.min(total, t.totalCut)}|`;
    for (let i = next; i < st.asg.length; i++) {
      const p = prev[i]!;
      if (p >= 0 && p < next) key += `${i}:${st.asg[p]},`;
    }
    // Which interchangeable leaves are open yet (see `leafPredecessors`).
    if (t.classLeaves.length > 0) key += '^';
    for (const l of t.classLeaves) key += st.at[this.ctx.leafPrev[l]!]!.length > 0 ? '1' : '0';
    return key;
  }

  /**
   * Whether state `key` was settled having consumed at most `consumed`
   * items: then what was found above the incumbent in it (the ceiling of an
   * aspiration search, see `AllocationSearch`), for `consumed` items, or
   * `NOTHING`; undefined when it was not settled.
   */
  settled(key: string, consumed: number): AllocationScore | undefined {
    const seen = this.table.get(key);
    if (seen === undefined || seen.consumed > consumed) return undefined;
    return seen.ceiling === undefined ? NOTHING : { ...seen.ceiling, consumed: seen.ceiling.consumed + consumed - seen.consumed };
  }

  /** Records that state `key`, reached having consumed `consumed` items, is settled, with what was found above the incumbent in it. */
  settle(key: string, consumed: number, ceiling: AllocationScore | undefined): void {
    const seen = this.table.get(key);
    if (seen !== undefined ? consumed < seen.consumed : this.table.size < MAX_STATES) this.table.set(key, { consumed, ceiling });
  }
}

/** A score below every other: a settled state with nothing above the incumbent. @internal */
export const NOTHING: AllocationScore = { programSatisfied: false, rootSatisfied: false, satisfiedNodes: -1, progress: -1, consumed: Infinity };

/** What {@link Transpositions.key} reads, per problem. */
interface KeyTables {
  /** Per node: the credits and count above which nothing it tests changes (0: not tracked). */
  readonly creditCut: Float64Array;
  readonly countCut: Int32Array;
  /** The nodes whose totals are part of the key. */
  readonly tracked: readonly number[];
  /** Per tracked node: the leaves below it (itself for a leaf) with their item lists. */
  readonly leavesOf: readonly (readonly number[])[];
  readonly totalCut: number;
  /** Leaves with an interchangeable predecessor (see `leafPredecessors`). */
  readonly classLeaves: readonly number[];
  /** Scratch: per leaf, the credits and count of what it holds. */
  readonly credits: Float64Array;
  readonly counts: Int32Array;
}

function keyTables(ctx: SolverContext): KeyTables {
  const { problem } = ctx;
  const size = problem.nodes.length;
  const creditCut = new Float64Array(size);
  const countCut = new Int32Array(size);
  // Only the leaves items may take, and their ancestors, have any: no list for the others.
  const leavesOf = new Array<number[] | undefined>(size).fill(undefined);
  for (const l of ctx.leaves) {
    (leavesOf[l] ??= []).push(l);
    for (const a of ctx.ancestors[l]!) (leavesOf[a] ??= []).push(l);
  }
  const tracked: number[] = [];
  for (const x of ctx.scan) {
    const node = problem.nodes[x]!;
    if (ctx.shape.inert[x] !== undefined || leavesOf[x] === undefined) continue;
    creditCut[x] = node.min.credits ?? 0;
    // Whether anything counts below it matters to a parent claiming only what it needs.
    countCut[x] = Math.max(1, countNeed(node) ?? 0);
    tracked.push(x);
  }
  return {
    creditCut,
    countCut,
    tracked,
    leavesOf: leavesOf as (readonly number[])[],
    totalCut: problem.policies?.totalCredits ?? 0,
    classLeaves: ctx.leaves.filter((l) => ctx.leafPrev[l]! >= 0),
    credits: new Float64Array(size),
    counts: new Int32Array(size),
  };
}
