import type { CompiledTree } from '../compile/CompiledTree.js';
import type { Candidate } from '../Candidate.js';
import type { AuditContext } from './AuditContext.js';
import { buildProblem, type BuiltProblem, type ProblemSettings } from './buildProblem.js';
import { solveAllocation, type AllocationOutcome } from '../allocation/solveAllocation.js';
import { solveClaimed } from '../allocation/claimedOverlay.js';

/** One solved problem: what was built and what the solver found. @internal */
export interface Solved {
  readonly built: BuiltProblem;
  readonly outcome: AllocationOutcome;
}

/** A whole tree solved: the main allocation and each top-level overlay on its own. @internal */
export interface SolvedTree {
  readonly main: Solved;
  /** Tree index of each top overlay → its own solution. */
  readonly overlays: ReadonlyMap<number, Solved>;
  readonly waived: ReadonlySet<number>;
}

/** What solving a tree needs beside the candidates. @internal */
export type TreeSettings = Omit<ProblemSettings, 'root' | 'fixed'> & { readonly waived: ReadonlySet<number> };

/**
 * Solves a requirement tree: each `share` overlay first, on its own and with
 * every candidate available (overlays look without consuming), then the
 * main allocation with overlays and waived nodes fixed. An overlay with
 * `from: claimed` is decided inside the main allocation instead, by the
 * candidates it applies, and solved over those afterwards for the result.
 *
 * @internal
 */
export function solveTree(tree: CompiledTree, candidates: readonly Candidate[], ctx: AuditContext, settings: TreeSettings): SolvedTree {
  const overlays = new Map<number, Solved>();
  const fixed = new Map<number, boolean>();
  const claimed = new Map<number, BuiltProblem>();
  for (const w of settings.waived) fixed.set(w, true);
  const underWaiver = below(tree, settings.waived);
  for (const node of tree.nodes) {
    const parentIsOverlay = node.parent !== undefined && tree.nodes[node.parent]!.overlay;
    if (!node.overlay || parentIsOverlay || node.index === 0 || underWaiver.has(node.index)) continue;
    const inner = new Map([...settings.waived].filter((w) => w !== node.index).map((w) => [w, true] as const));
    const built = buildProblem(tree, candidates, ctx, { ...settings, root: node.index, fixed: inner, pins: new Map() });
    // A claimed overlay is decided inside the main allocation, by what it applies.
    if (node.claimed === true) {
      claimed.set(node.index, { ...built, problem: withoutPolicies(built) });
      continue;
    }
    const outcome = solve(withoutPolicies(built), ctx);
    overlays.set(node.index, { built, outcome });
    fixed.set(node.index, outcome.evaluation.nodes[0]!.satisfied);
  }
  const sub = new Map([...claimed].map(([t, b]) => [t, b.problem] as const));
  const built = buildProblem(tree, candidates, ctx, { ...settings, root: 0, fixed, ...(sub.size > 0 && { claimed: sub }) });
  const outcome = solve(built.problem, ctx);
  // What each claimed overlay sees: the items the main allocation applies.
  const applied = new Uint8Array(candidates.length);
  for (const i of outcome.evaluation.applied) applied[i] = 1;
  for (const [t, b] of claimed) {
    const restricted = solveClaimed(b.problem, applied);
    overlays.set(t, { built: { ...b, problem: restricted.problem }, outcome: charge(restricted.outcome, ctx) });
  }
  return { main: { built, outcome }, overlays, waived: settings.waived };
}

/** The nodes at or below any of the given ones. */
function below(tree: CompiledTree, roots: ReadonlySet<number>): Set<number> {
  const out = new Set<number>();
  const stack = [...roots];
  while (stack.length > 0) {
    const t = stack.pop()!;
    out.add(t);
    stack.push(...tree.nodes[t]!.children);
  }
  return out;
}

/** Solves one problem within what is left of the audit's step budget, and charges it. */
function solve(problem: BuiltProblem['problem'], ctx: AuditContext): AllocationOutcome {
  return charge(solveAllocation(problem, { stepBudget: Math.max(1, ctx.budget.remaining), ...(ctx.satisfyOnly === true && { satisfyOnly: true }) }), ctx);
}

/** Charges a solution's search to the audit's budget. */
function charge(outcome: AllocationOutcome, ctx: AuditContext): AllocationOutcome {
  ctx.budget.remaining -= outcome.work;
  ctx.budget.steps += outcome.steps;
  if (!outcome.optimal) ctx.budget.exhausted = true;
  return outcome;
}

function withoutPolicies(built: BuiltProblem): BuiltProblem['problem'] {
  const { policies: _ignored, ...rest } = built.problem;
  return rest;
}
