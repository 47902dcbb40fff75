import type { AllocItem, AllocNode, AllocationProblem } from '../allocation/AllocationProblem.js';
import type { CompiledNode, CompiledTree } from '../compile/CompiledTree.js';
import type { Candidate } from '../Candidate.js';
import { candidatesConflict, credentialOf } from '../Candidate.js';
import type { Policies } from '../../model/policies.js';
import type { AuditContext } from './AuditContext.js';
import { note } from './AuditContext.js';
import { narrowingFailure } from './passesNarrowing.js';
import { recognitionGroups } from './recognitionGroups.js';
import { gradePoints } from '../../grades/gradePoints.js';
import { dayNumber, shiftDate } from '../../_internal/dates.js';

/** How a tree is turned into an allocation problem. @internal */
export interface ProblemSettings {
  /** The subtree to solve (tree node index). */
  readonly root: number;
  /** Nodes decided outside the allocation (waived, overlays), by tree index. */
  readonly fixed: ReadonlyMap<number, boolean>;
  readonly policies?: Policies;
  /** The credit system credits are counted in; raw values when absent. */
  readonly system?: string;
  /** Where residency credit is earned. */
  readonly home?: string;
  /** Candidate key → tree leaf it is pinned to. */
  readonly pins: ReadonlyMap<string, number>;
  /** Pinned candidates that may go to their leaf even though it would not take them (substitutions). */
  readonly substitutes?: ReadonlySet<string>;
  /** Claimed overlays (tree index), each with its own problem, decided by what the rest applies. */
  readonly claimed?: ReadonlyMap<number, AllocationProblem>;
}

/** An allocation problem and the way back to the tree and candidates. @internal */
export interface BuiltProblem {
  readonly problem: AllocationProblem;
  /** Problem node index → tree node index. */
  readonly treeIndex: readonly number[];
  /** Problem item index → candidate. */
  readonly items: readonly Candidate[];
  /** Per item: credits in the system, and whether the conversion was approximate. */
  readonly approximate: readonly boolean[];
}

/**
 * Turns a compiled tree and the candidates into the abstract allocation
 * problem: per leaf the candidates it may take (filter or unit, then the
 * narrowing qualifiers, with a reason noted for each candidate a qualifier
 * turns away), credits converted to the program's system, conflicts between
 * candidates standing on the same achievement, pins, and policies.
 *
 * @internal
 */
export function buildProblem(tree: CompiledTree, candidates: readonly Candidate[], ctx: AuditContext, settings: ProblemSettings): BuiltProblem {
  const order: number[] = [];
  const stack = [settings.root];
  while (stack.length > 0) {
    const t = stack.pop()!;
    order.push(t);
    if (settings.fixed.has(t) || settings.claimed?.has(t)) continue;
    // Children in id order, not document order, so reordering a document's children changes nothing.
    const kids = tree.nodes[t]!.byId;
    for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
  }
  // Tree index → problem index (-1: not in this problem).
  const problemIndex = new Int32Array(tree.nodes.length).fill(-1);
  order.forEach((t, i) => (problemIndex[t] = i));
  const converted = candidates.map((c) => credits(c, settings.system, ctx));
  const units = byUnit(candidates);
  const nodes = order.map((t) => toAllocNode(tree.nodes[t]!, candidates, units, ctx, settings, problemIndex));
  // The program's total is a minimum like any other: progress toward it counts, and the root is not met without it.
  // It belongs to the program's own root: an overlay solved on its own is not held to it.
  const total = settings.root === 0 ? settings.policies?.totalCredits : undefined;
  if (total !== undefined && nodes[0]!.min.credits === undefined) nodes[0] = { ...nodes[0]!, min: { ...nodes[0]!.min, credits: total } };
  const conflicts = conflictLists(candidates);
  const items = candidates.map((c, i) => toAllocItem(c, conflicts[i]!, converted[i]!.value, ctx, settings, pinOf(c, i, nodes, settings, problemIndex)));
  const groups = recognitionGroups(candidates, ctx);
  const problem: AllocationProblem = {
    items,
    nodes,
    ...(groups.length > 0 && { groups }),
    ...(settings.policies?.gpaMean === 'plain' && { plainGpa: true }),
    ...(settings.policies && { policies: toPolicies(settings.policies) }),
  };
  return { problem, treeIndex: order, items: candidates, approximate: converted.map((c) => c.approximate) };
}


function credits(c: Candidate, system: string | undefined, ctx: AuditContext): { value: number; approximate: boolean } {
  if (!c.credits) return { value: 0, approximate: false };
  if (system === undefined) return { value: c.credits.value, approximate: false };
  const out = ctx.catalog.creditSystems.convert(c.credits, system);
  return out ? { value: out.value, approximate: out.approximate } : { value: 0, approximate: false };
}

/** Candidates by unit id, so a unit leaf looks only at its own. */
function byUnit(candidates: readonly Candidate[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  candidates.forEach((c, i) => push(out, c.unit.id, i));
  return out;
}

/** Shared by every node with nothing to list: most leaves of a wide tree take nothing. */
const NONE: readonly number[] = Object.freeze([]);

/** The candidates a leaf may take: those it matches that pass its narrowing, and those substituted into it. */
function eligibleAt(node: CompiledNode, candidates: readonly Candidate[], units: ReadonlyMap<string, readonly number[]>, ctx: AuditContext, settings: ProblemSettings): readonly number[] {
  const unitLeaf = node.kind === 'unit';
  // Without pins or substitutions, a unit leaf looks only at its own unit's candidates.
  const own = unitLeaf && settings.pins.size === 0 ? units.get(node.unit!) : undefined;
  if (unitLeaf && settings.pins.size === 0 && own === undefined) return NONE;
  let eligible: number[] | undefined;
  const count = own?.length ?? candidates.length;
  for (let k = 0; k < count; k++) {
    const i = own === undefined ? k : own[k]!;
    const c = candidates[i]!;
    const placed = settings.pins.size > 0 && settings.pins.get(c.key) === node.index && settings.substitutes?.has(c.key) === true;
    const matches = own !== undefined || (unitLeaf ? c.unit.id === node.unit : node.match!(c.unit));
    if (!matches && !placed) continue;
    const failure = placed ? undefined : narrowingFailure(c, node.narrowing, ctx);
    if (failure) for (const root of c.roots) note(ctx, root, failure);
    else (eligible ??= []).push(i);
  }
  return eligible ?? NONE;
}

function toAllocNode(node: CompiledNode, candidates: readonly Candidate[], units: ReadonlyMap<string, readonly number[]>, ctx: AuditContext, settings: ProblemSettings, index: Int32Array): AllocNode {
  const claimed = settings.claimed?.get(node.index);
  if (claimed !== undefined) return { kind: 'all', children: [], need: 0, min: {}, eligible: [], claimed };
  const fixed = settings.fixed.get(node.index);
  const leaf = node.kind === 'unit' || node.kind === 'select';
  const children = fixed === undefined && !leaf ? node.children.map((c) => index[c]!) : NONE;
  const eligible = leaf && fixed === undefined ? eligibleAt(node, candidates, units, ctx, settings) : NONE;
  const min = leaf ? node.leafMin! : node.min;
  // Built field by field rather than by spreading optional parts: this runs for every node of every audit.
  const out: Mutable<AllocNode> = {
    kind: leaf ? 'leaf' : node.kind === 'all' || node.kind === 'any' || node.kind === 'atLeast' ? node.kind : 'all',
    children,
    need: node.need,
    min,
    eligible,
  };
  if (node.max) out.max = node.max;
  if (node.maxRecognized) out.maxRecognized = node.maxRecognized;
  if (node.maxPer) out.maxPer = node.maxPer;
  if (node.minDistinct) out.minDistinct = node.minDistinct;
  if (node.minGpa !== undefined) out.minGpa = node.minGpa;
  if (node.claimNeeded === true && !leaf) out.claimNeeded = true;
  if (node.limits !== undefined && fixed === undefined) out.limits = node.limits.map((l) => ({ items: matching(candidates, l.match), ...l.max }));
  if (fixed !== undefined) out.fixed = fixed;
  return out;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The candidates whose units a limit's filter picks. */
function matching(candidates: readonly Candidate[], match: (unit: Candidate['unit']) => boolean): number[] {
  const out: number[] = [];
  candidates.forEach((c, i) => {
    if (match(c.unit)) out.push(i);
  });
  return out;
}

/** The problem leaf a candidate is pinned to, when that leaf may take it. */
function pinOf(c: Candidate, i: number, nodes: readonly AllocNode[], settings: ProblemSettings, index: Int32Array): number | undefined {
  const leaf = settings.pins.get(c.key);
  const at = leaf === undefined || index[leaf]! < 0 ? undefined : index[leaf];
  return at !== undefined && nodes[at]!.eligible.includes(i) ? at : undefined;
}

/** Per candidate, the others it conflicts with: found through shared achievements and exclusions, not by comparing every pair. */
function conflictLists(candidates: readonly Candidate[]): number[][] {
  const byRoot = new Map<string, number[]>();
  const byCredential = new Map<string, number[]>();
  const excludedBy = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    push(byCredential, credentialOf(c), i);
    for (const key of c.exclusive ?? []) push(excludedBy, key, i);
    for (const root of c.roots) push(byRoot, root, i);
  });
  return candidates.map((c, i) => {
    const near = new Set<number>();
    for (const root of c.roots) for (const j of byRoot.get(root)!) near.add(j);
    for (const key of c.exclusive ?? []) for (const j of byCredential.get(key) ?? []) near.add(j);
    for (const j of excludedBy.get(credentialOf(c)) ?? []) near.add(j);
    near.delete(i);
    return [...near].filter((j) => candidatesConflict(c, candidates[j]!)).sort((a, b) => a - b);
  });
}

/** Appends `i` to the list of `key`. */
function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

function toAllocItem(c: Candidate, conflicts: number[], value: number, ctx: AuditContext, settings: ProblemSettings, pin: number | undefined): AllocItem {
  const scale = c.grade && ctx.catalog.gradeScale(c.grade.scale);
  const points = scale && c.grade ? gradePoints(scale, c.grade.value, (id) => ctx.catalog.gradeScale(id)) : undefined;
  const timeLimit = settings.policies?.timeLimit;
  const out: Mutable<AllocItem> = {
    credits: value,
    recognized: c.provenance.kind === 'recognized',
    conflicts,
    home: c.provenance.kind !== 'recognized' && settings.home !== undefined && c.issuer === settings.home,
  };
  if (points !== undefined) out.points = points;
  const subjects = c.unit.subjects;
  if (subjects?.[0] !== undefined) out.subject = subjects[0];
  if (subjects !== undefined && subjects.length > 1) out.subjects = subjects;
  if (c.unit.tags !== undefined && c.unit.tags.length > 0) out.tags = c.unit.tags;
  out.kind = c.unit.kind;
  if (c.unit.provider !== undefined) out.provider = c.unit.provider;
  if (pin !== undefined) out.pinned = pin;
  if (c.undated === undefined) out.earned = dayNumber(c.earnedOn);
  if (timeLimit !== undefined && c.undated === undefined) out.windowEnd = dayNumber(shiftDate(c.earnedOn, timeLimit));
  return out;
}

function toPolicies(p: Policies): NonNullable<AllocationProblem['policies']> {
  return {
    ...(p.totalCredits !== undefined && { totalCredits: p.totalCredits }),
    ...(p.residency && { residency: { ...(p.residency.credits !== undefined && { credits: p.residency.credits }), ...(p.residency.share !== undefined && { share: p.residency.share }) } }),
    ...(p.maxRecognized && { maxRecognized: p.maxRecognized }),
    ...(p.minGpa !== undefined && { minGpa: p.minGpa }),
    ...(p.timeLimit !== undefined && { timeLimit: true }),
  };
}
