import type { LearnerRecord } from '../../model/recordDocument.js';
import type { CompiledProgram } from '../compile/CompiledProgram.js';
import type { AuditResult, NodeResult, PolicyOutcome } from '../AuditResult.js';
import type { Candidate } from '../Candidate.js';
import { compareCandidates } from '../Candidate.js';
import type { AuditContext } from './AuditContext.js';
import { selectEligible } from './selectEligible.js';
import { chooseRetakes } from './chooseRetakes.js';
import { inferComposites } from './inferComposites.js';
import { applyRecognitions, type RecognitionUsage } from './applyRecognitions.js';
import { solveTree, type SolvedTree, type TreeSettings } from './solveTree.js';
import { noteRecognitionLimits } from './noteRecognitionLimits.js';
import { noteRecognitionCap } from './noteRecognitionCap.js';
import { noteGradesWithoutCredit } from './noteGradesWithoutCredit.js';
import { noteMixedSystems } from './noteMixedSystems.js';
import { collectExceptions, reportExceptions, type ExceptionPlan } from './collectExceptions.js';
import { locateNodes } from '../result/SolvedView.js';
import { buildNodeResult } from '../result/buildNodeResult.js';
import { policyOutcomes } from '../result/policyOutcomes.js';
import { usageOf, unusedAchievements } from '../result/unusedAchievements.js';
import { round } from '../result/appliedAt.js';
import { inferredCredentials } from '../result/inferredCredentials.js';
import { byCodeUnits } from '../../_internal/byCodeUnits.js';

/**
 * The audit pipeline on validated input: eligibility, stacking and
 * recognition to a fixpoint, allocation, and the result.
 *
 * @internal
 */
export function runAudit(compiled: CompiledProgram, record: LearnerRecord, ctx: AuditContext): AuditResult {
  const prepared = prepareAudit(compiled, record, ctx);
  const solved = solveTree(compiled.tree, prepared.pool, prepared.ctx, prepared.settings);
  noteRecognitionLimits(solved.main, prepared.ctx);
  noteRecognitionCap(solved.main, prepared.ctx);
  noteGradesWithoutCredit(record, solved.main, prepared.ctx);
  noteMixedSystems(compiled, [solved.main, ...solved.overlays.values()], prepared.ctx);
  return assemble(compiled, record, prepared.ctx, prepared.pool, solved, prepared.plan);
}

/** Everything the allocation of one audit needs: the candidates, the exceptions sorted out, the settings. @internal */
export interface PreparedAudit {
  readonly ctx: AuditContext;
  readonly plan: ExceptionPlan;
  readonly pool: readonly Candidate[];
  readonly settings: TreeSettings;
}

/**
 * Stages 1 to 3 of an audit (eligibility, then stacking and recognition to a
 * fixpoint), and the settings of the allocation that follows.
 *
 * @internal
 */
export function prepareAudit(compiled: CompiledProgram, record: LearnerRecord, ctx: AuditContext): PreparedAudit {
  const plan = collectExceptions(ctx.exceptions, compiled.tree);
  const scoped: AuditContext = { ...ctx, exceptions: plan.inForce };
  const pool = gather(compiled, record, scoped);
  const pins = new Map([...plan.placements].map(([achievement, p]) => [achievement, p.leaf]));
  const substitutes = new Set([...plan.placements].filter(([, p]) => p.exception.kind === 'substitute').map(([achievement]) => achievement));
  const settings: TreeSettings = {
    waived: new Set(plan.waivers.keys()),
    pins,
    substitutes,
    ...(compiled.program.policies && { policies: compiled.program.policies }),
    ...(compiled.creditSystem !== undefined && { system: compiled.creditSystem }),
    ...(compiled.home !== undefined && { home: compiled.home }),
  };
  return { ctx: scoped, plan, pool, settings };
}

function gather(compiled: CompiledProgram, record: LearnerRecord, ctx: AuditContext): Candidate[] {
  const pool = chooseRetakes(selectEligible(record, ctx), compiled.program.policies?.retakes, ctx);
  const usage: RecognitionUsage = new Map();
  const rounds = compiled.composites.length + compiled.recognitions.length + 1;
  for (let i = 0; i < rounds; i++) {
    const stacked = inferComposites(compiled.composites, pool, ctx, compiled.creditSystem, compiled.wanted);
    const granted = applyRecognitions(compiled.recognitions, pool, ctx, usage);
    if (!stacked && !granted) break;
  }
  return pool.sort(compareCandidates);
}

function assemble(compiled: CompiledProgram, record: LearnerRecord, ctx: AuditContext, pool: readonly Candidate[], solved: SolvedTree, plan: ExceptionPlan): AuditResult {
  const placements = new Map([...plan.placements].map(([a, p]) => [a, p.exception]));
  const policies = policyOutcomes(compiled.program.policies, solved.main);
  const root = withPolicyReasons(buildNodeResult(0, { tree: compiled.tree, locations: locateNodes(solved, compiled.tree.nodes.length), waivers: plan.waivers, placements }), policies);
  const main = solved.main;
  const usage = usageOf([main, ...solved.overlays.values()]);
  const applied = round(main.outcome.evaluation.applied.reduce((s, i) => s + main.outcome.evaluation.contribution[i]!, 0));
  const required = compiled.program.policies?.totalCredits ?? compiled.program.requirements!.min?.credits;
  const satisfied = main.outcome.evaluation.score.programSatisfied;
  // The program itself is not one of its requirements, unless it is a single one.
  const counts = root.children.length === 0 ? countNodes(root) : root.children.map(countNodes).reduce((a, b) => ({ satisfied: a.satisfied + b.satisfied, total: a.total + b.total }));
  const placedAt = (a: string, leaf: number): boolean => main.outcome.assignment.some((l, i) => l >= 0 && main.built.items[i]!.key === a && main.built.treeIndex[l] === leaf);
  return {
    program: { id: compiled.program.id, title: compiled.program.title },
    ...(ctx.asOf !== undefined && { asOf: ctx.asOf }),
    satisfied,
    status: satisfied ? 'satisfied' : applied > 0 || root.status !== 'unmet' ? 'partial' : 'unmet',
    optimal: !ctx.budget.exhausted,
    steps: ctx.budget.steps,
    ...(compiled.creditSystem !== undefined && { creditSystem: compiled.creditSystem }),
    root,
    policies,
    // Lists in one canonical order (by id), whatever order the documents give.
    unused: unusedAchievements(record, usage, ctx.notes).sort((a, b) => byCodeUnits(a.achievement, b.achievement)),
    inferred: inferredCredentials(pool, [main, ...solved.overlays.values()]),
    exceptions: reportExceptions(plan, placedAt, (a) => record.achievements.some((x) => x.id === a)).sort((a, b) => byCodeUnits(a.id, b.id)),
    lookAhead: record.achievements.filter((a) => a.status !== 'completed' && usage.applied.has(a.id)).map((a) => a.id).sort(byCodeUnits),
    totals: {
      credits: {
        applied,
        ...(required !== undefined && { required, remaining: round(Math.max(0, required - applied)), percent: required === 0 ? 100 : Math.min(100, Math.round((applied / required) * 1000) / 10) }),
      },
      requirements: counts,
    },
  };
}

/** An unmet policy is a reason at the root, even when the root's own tree is satisfied. */
function withPolicyReasons(root: NodeResult, policies: readonly PolicyOutcome[]): NodeResult {
  const unmet = policies.filter((p) => !p.met);
  if (unmet.length === 0) return root;
  const reasons = unmet.map((p) => ({ code: 'policy_unmet' as const, message: `policy ${p.policy} is not met: ${p.message}`, requirement: root.id }));
  return { ...root, reasons: [...root.reasons, ...reasons] };
}

function countNodes(node: NodeResult): { satisfied: number; total: number } {
  let satisfied = node.status === 'satisfied' || node.status === 'waived' ? 1 : 0;
  let total = 1;
  for (const child of node.children) {
    const c = countNodes(child);
    satisfied += c.satisfied;
    total += c.total;
  }
  return { satisfied, total };
}
