/**
 * The meaning of an assignment: the single source of truth for what counts
 * where, which nodes and policies hold, and the score the solver maximises.
 *
 * @internal
 */
import type { AllocationProblem, Assignment } from './AllocationProblem.js';
import type { AllocationScore } from './allocationScore.js';
import { countLeaf, type LeafCount } from './countLeaf.js';
import { capRecognized } from './capRecognized.js';
import { claimedHolds } from './claimedOverlay.js';
import { evaluatePolicies, type PolicyOutcomes } from './evaluatePolicies.js';
import { groupsHold } from './groupCaps.js';
import { countNeed, meetsMinimum, meetsQualifiers } from './nodeTests.js';
import { countedScratch, countedTotals } from './countedTotals.js';
import { problemShape, type ProblemShape } from './problemShape.js';
import { typedArrays } from '../../_internal/typedArrays.js';

export { compareScores, type AllocationScore } from './allocationScore.js';
export type { PolicyOutcomes } from './evaluatePolicies.js';

/** One node's outcome. @internal */
export interface NodeOutcome {
  readonly satisfied: boolean;
  /** Counted credits (leaf) or counted credits of all leaves below (internal). */
  readonly credits: number;
  /** Counted count, likewise. */
  readonly count: number;
  /** Item indices assigned here (leaf) or to leaves below (internal), ascending. */
  readonly assigned: readonly number[];
  /** Item indices counted here or below, ascending per leaf. */
  readonly counted: readonly number[];
}

/** The full evaluation of an assignment. @internal */
export interface AllocationEvaluation {
  readonly nodes: readonly NodeOutcome[];
  readonly policies: PolicyOutcomes;
  /** Items counted at some leaf (the set A), ascending. */
  readonly applied: readonly number[];
  /** Per item: the credits it contributes where it counts (0 when not applied). */
  readonly contribution: readonly number[];
  readonly score: AllocationScore;
}

interface Work {
  readonly outcome: NodeOutcome;
  readonly contributions: readonly number[];
}

/**
 * Whether an assignment is valid: one entry per item; each entry -1 or a
 * leaf the item may take (see `problemShape`: a usable leaf listing it in
 * `eligible`, or its effective pin); every effectively pinned item at its
 * pin; no two conflicting items both assigned; every group of
 * `problem.groups` within its caps (`groupsHold`).
 *
 * @param problem - the problem
 * @param assignment - leaf per item, or -1
 * @returns whether it is valid
 * @internal
 */
export function isValidAssignment(problem: AllocationProblem, assignment: Assignment, shape: ProblemShape = problemShape(problem)): boolean {
  if (assignment.length !== problem.items.length) return false;
  const each = assignment.every((leaf, i) => {
    if (shape.pin[i]! >= 0 && leaf !== shape.pin[i]) return false;
    if (leaf === -1) return true;
    if (!shape.allowed[i]!.includes(leaf)) return false;
    return shape.conflicts[i]!.every((j) => assignment[j] === -1);
  });
  return each && groupsHold(problem.items, shape.groups, assignment);
}

const NOTHING: readonly number[] = Object.freeze([]);

/** What counts at a leaf given nothing (shared: most leaves of a wide tree hold nothing). */
const EMPTY_COUNT: LeafCount = Object.freeze({ counted: NOTHING as number[], contributions: NOTHING as number[], credits: 0, count: 0 });

/** The work of a leaf given nothing, met or not (shared, as `EMPTY_COUNT`). */
const EMPTY_WORK = [false, true].map((satisfied): Work => Object.freeze({ outcome: Object.freeze({ satisfied, credits: 0, count: 0, assigned: NOTHING, counted: NOTHING }), contributions: NOTHING }));

function leafWork(problem: AllocationProblem, l: number, assigned: readonly number[] | undefined, c: LeafCount): Work {
  const node = problem.nodes[l]!;
  const satisfied = meetsMinimum(node, c.credits, c.count) && meetsQualifiers(problem.items, node, c.counted, c.contributions, c.credits, problem.plainGpa);
  if (assigned === undefined && c === EMPTY_COUNT) return EMPTY_WORK[satisfied ? 1 : 0]!;
  return { outcome: { satisfied, credits: c.credits, count: c.count, assigned: assigned ?? NOTHING, counted: c.counted }, contributions: c.contributions };
}

function internalWork(problem: AllocationProblem, x: number, work: readonly (Work | undefined)[]): Work {
  const node = problem.nodes[x]!;
  const assigned: number[] = [];
  const counted: number[] = [];
  const contributions: number[] = [];
  let credits = 0;
  let satisfiedChildren = 0;
  let claiming = 0;
  for (const c of node.children) {
    const w = work[c];
    if (w === undefined) continue;
    if (w.outcome.satisfied) satisfiedChildren += 1;
    if (w.outcome.count > 0) claiming += 1;
    assigned.push(...w.outcome.assigned);
    counted.push(...w.outcome.counted);
    contributions.push(...w.contributions);
    credits += w.outcome.credits;
  }
  assigned.sort((a, b) => a - b);
  const claimHolds = node.claimNeeded !== true || claiming <= node.need;
  const satisfied = claimHolds && satisfiedChildren >= node.need && meetsMinimum(node, credits, counted.length) && meetsQualifiers(problem.items, node, counted, contributions, credits, problem.plainGpa);
  return { outcome: { satisfied, credits, count: counted.length, assigned, counted }, contributions };
}

function progressOf(problem: AllocationProblem, x: number, o: NodeOutcome): number {
  const node = problem.nodes[x]!;
  let p = 0;
  if (node.min.credits !== undefined) p += Math.min(o.credits, node.min.credits);
  const need = countNeed(node);
  if (need !== undefined) p += Math.min(o.count, need);
  return p;
}

/** Per item, 1 when it counts at some leaf. */
function appliedMask(problem: AllocationProblem, counts: readonly (LeafCount | undefined)[]): Uint8Array {
  const mask = new Uint8Array(problem.items.length);
  for (const c of counts) if (c !== undefined) for (const i of c.counted) mask[i] = 1;
  return mask;
}

/**
 * Evaluates a (valid) assignment.
 *
 * - Leaf: its assigned items are counted in item-index order by `countLeaf`
 *   (caps `max`, `maxPer`, `maxRecognized` in that order; credits cut to
 *   the room left under credit caps; then the `maxRecognized.share` rule).
 *   It is satisfied when counted credits ≥ `min.credits`, counted count ≥
 *   `min.count` (count ≥ 1 when neither is given), and `minDistinct` and
 *   `minGpa` (credit-weighted, see `meanPoints`) hold over the counted items.
 *   The program's `maxRecognized` policy is a cap over all leaves
 *   (`capRecognized`): recognised credit past it does not count.
 * - Internal node: satisfied when at least `need` children are (and, with
 *   `claimNeeded`, no more than `need` children count anything), its `min`
 *   holds over the counted credits and count of all leaves below, and its
 *   `maxRecognized`, `maxPer`, `minDistinct` and `minGpa` hold as tests over
 *   the counted items below.
 * - A node at or below a `fixed` node is satisfied iff that value, counts
 *   nothing and adds no progress.
 * - A `claimed` node (an overlay that sees only what is applied) is
 *   satisfied when its own problem, with only the items counted at some
 *   leaf available, satisfies its top (`claimedHolds`); it counts nothing
 *   and adds no progress.
 * - The program is satisfied when node 0 is and every policy holds over the
 *   items counted at some leaf (`evaluatePolicies`).
 *
 * The tree is assumed to be a tree (a node shared by two parents would be
 * counted twice). The score counts the satisfied nodes and the progress of
 * the nodes that count (`countedTotals`): every child of `all`, but only
 * the best `need` children of a node that needs fewer than it has, so a
 * spare alternative counts for nothing; a node no other node lists (node
 * 0, or one unreachable from it) counts as a root.
 *
 * @param problem - the problem
 * @param assignment - leaf per item, or -1
 * @returns per node outcomes, policy outcomes and the score
 * @internal
 */
export function evaluateAllocation(problem: AllocationProblem, assignment: Assignment, shape: ProblemShape = problemShape(problem)): AllocationEvaluation {
  const perLeaf = new Map<number, number[]>();
  assignment.forEach((l, i) => {
    if (l >= 0) (perLeaf.get(l) ?? perLeaf.set(l, []).get(l)!).push(i);
  });
  const work: (Work | undefined)[] = new Array<Work | undefined>(problem.nodes.length);
  const contribution = problem.items.map(() => 0);
  const counted = problem.items.map(() => false);
  const [ownS, ownP] = typedArrays([['f64', problem.nodes.length], ['f64', problem.nodes.length]]);
  const leafCounts = capRecognized(
    problem,
    problem.nodes.map((node, x) => {
      if (node.kind !== 'leaf' || shape.inert[x] !== undefined) return undefined;
      const assigned = perLeaf.get(x);
      return assigned === undefined ? EMPTY_COUNT : countLeaf(problem.items, node, assigned);
    }),
  );
  const seen = shape.claimedMemo.size === 0 ? undefined : appliedMask(problem, leafCounts);
  for (const x of shape.order) {
    const fixed = shape.inert[x];
    const claimed = problem.nodes[x]!.claimed;
    let w: Work;
    if (fixed !== undefined) w = { outcome: { satisfied: fixed, credits: 0, count: 0, assigned: perLeaf.get(x) ?? NOTHING, counted: NOTHING }, contributions: NOTHING };
    else if (claimed !== undefined) w = { outcome: { satisfied: claimedHolds(claimed, seen!, shape.claimedMemo.get(x)!), credits: 0, count: 0, assigned: NOTHING, counted: NOTHING }, contributions: NOTHING };
    else if (problem.nodes[x]!.kind === 'leaf') w = leafWork(problem, x, perLeaf.get(x), leafCounts[x]!);
    else w = internalWork(problem, x, work);
    work[x] = w;
    if (w.outcome.satisfied) ownS[x] = 1;
    if (fixed !== undefined || claimed !== undefined) continue;
    ownP[x] = progressOf(problem, x, w.outcome);
    if (problem.nodes[x]!.kind === 'leaf') {
      w.outcome.counted.forEach((i, k) => {
        contribution[i] = w.contributions[k]!;
        counted[i] = true;
      });
    }
  }
  const applied: number[] = [];
  for (let i = 0; i < counted.length; i++) if (counted[i]) applied.push(i);
  const policies = evaluatePolicies(problem, applied, contribution);
  const rootOk = work[0]?.outcome.satisfied === true;
  const consumed = assignment.reduce((n, l) => (l >= 0 ? n + 1 : n), 0);
  const nodes = work.map((w) => w!.outcome);
  const { satisfiedNodes, progress } = countedTotals(problem, shape, ownS, ownP, countedScratch(problem.nodes.length));
  return { nodes, policies: policies.outcomes, applied, contribution, score: { programSatisfied: rootOk && policies.hold, rootSatisfied: rootOk, satisfiedNodes, progress, consumed } };
}

