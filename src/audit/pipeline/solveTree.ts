import type { CompiledTree } from '../compile/CompiledTree.js';
import type { Candidate } from '../Candidate.js';
import type { AuditContext } from './AuditContext.js';
import { buildProblem, type BuiltProblem, type ProblemSettings } from './buildProblem.js';
import { solveAllocation, type AllocationOutcome } from '../allocation/solveAllocation.js';

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
  readonly optimal: boolean;
  readonly steps: number;
}

/** What solving a tree needs beside the candidates. @internal */
export type TreeSettings = Omit<ProblemSettings, 'root' | 'fixed'> & { readonly waived: ReadonlySet<number> };

/**
 * Solves a requirement tree: each `share` overlay first, on its own and with
 * every candidate available (overlays look without consuming), then the
 * main allocation with overlays and waived nodes fixed.
 *
 * @internal
 */
export function solveTree(tree: CompiledTree, candidates: readonly Candidate[], ctx: AuditContext, settings: TreeSettings): SolvedTree {
  const overlays = new Map<number, Solved>();
  const fixed = new Map<number, boolean>();
  for (const w of settings.waived) fixed.set(w, true);
  const budget = ctx.stepBudget === undefined ? {} : { stepBudget: ctx.stepBudget };
  for (const node of tree.nodes) {
    const parentIsOverlay = tree.nodes.some((p) => p.overlay && p.children.includes(node.index));
    if (!node.overlay || parentIsOverlay || node.index === 0 || settings.waived.has(node.index)) continue;
    const inner = new Map([...settings.waived].filter((w) => w !== node.index).map((w) => [w, true] as const));
    const built = buildProblem(tree, candidates, ctx, { ...settings, root: node.index, fixed: inner, pins: new Map() });
    const outcome = solveAllocation(withoutPolicies(built), budget);
    overlays.set(node.index, { built, outcome });
    fixed.set(node.index, outcome.evaluation.nodes[0]!.satisfied);
  }
  const built = buildProblem(tree, candidates, ctx, { ...settings, root: 0, fixed });
  const outcome = solveAllocation(built.problem, budget);
  const all = [outcome, ...[...overlays.values()].map((o) => o.outcome)];
  return {
    main: { built, outcome },
    overlays,
    waived: settings.waived,
    optimal: all.every((o) => o.optimal),
    steps: all.reduce((sum, o) => sum + o.steps, 0),
  };
}

function withoutPolicies(built: BuiltProblem): BuiltProblem['problem'] {
  const { policies: _ignored, ...rest } = built.problem;
  return rest;
}
