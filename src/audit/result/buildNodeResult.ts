import type { CompiledTree } from '../compile/CompiledTree.js';
import type { NodeResult, Progress } from '../AuditResult.js';
import type { Exception } from '../../model/exception.js';
import type { NodeLocations } from './SolvedView.js';
import { appliedAt, round } from './appliedAt.js';
import { nodeReasons } from './nodeReasons.js';

/** What building the result tree needs. @internal */
export interface NodeResultContext {
  readonly tree: CompiledTree;
  readonly locations: NodeLocations;
  /** Waived tree nodes and the exception that waived each. */
  readonly waivers: ReadonlyMap<number, Exception>;
  /** Candidate key → the pin or substitution that placed it. */
  readonly placements: ReadonlyMap<string, Exception>;
}

/**
 * The result tree for a node and its subtree, mirroring the requirements.
 *
 * @internal
 */
export function buildNodeResult(index: number, ctx: NodeResultContext, waivedAbove?: Exception): NodeResult {
  const node = ctx.tree.nodes[index]!;
  const waiver = waivedAbove ?? ctx.waivers.get(index);
  // Children by id, as the allocation orders them: the result does not depend on the order the document lists them.
  const children = node.byId.map((c) => buildNodeResult(c, ctx, waiver));
  if (waiver) {
    const reasons = [{ code: 'waived' as const, message: `waived by exception "${waiver.id}" (${waiver.author}): ${waiver.reason}`, requirement: node.id }];
    return result(node, 'waived', {}, [], children, reasons);
  }
  const solved = ctx.locations.solved[index]!;
  const at = ctx.locations.index[index]!;
  const outcome = solved.outcome.evaluation.nodes[at]!;
  let satisfiedChildren = 0;
  for (const c of children) if (c.status === 'satisfied' || c.status === 'waived') satisfiedChildren += 1;
  const progress = progressOf(node, outcome, satisfiedChildren);
  const applied = node.kind === 'unit' || node.kind === 'select' ? appliedAt(solved, at, node.id, ctx.placements) : [];
  const moved = outcome.credits > 0 || outcome.count > 0 || satisfiedChildren > 0;
  const status = outcome.satisfied ? 'satisfied' : moved ? 'partial' : 'unmet';
  return result(node, status, progress, applied, children, outcome.satisfied ? [] : nodeReasons(node, solved, at, satisfiedChildren));
}

// Built field by field rather than by spreading: this runs for every node of every audit.
function result(
  node: CompiledTree['nodes'][number],
  status: NodeResult['status'],
  progress: NodeResult['progress'],
  applied: NodeResult['applied'],
  children: NodeResult['children'],
  reasons: NodeResult['reasons'],
): NodeResult {
  const out: { -readonly [K in keyof NodeResult]?: NodeResult[K] } = { id: node.id };
  if (node.title !== undefined) out.title = node.title;
  out.kind = node.kind;
  out.status = status;
  out.overlay = node.overlay;
  out.progress = progress;
  out.applied = applied;
  out.reasons = reasons;
  out.children = children;
  return out as NodeResult;
}

function progressOf(
  node: CompiledTree['nodes'][number],
  outcome: { credits: number; count: number },
  satisfiedChildren: number,
): NodeResult['progress'] {
  const leaf = node.kind === 'unit' || node.kind === 'select';
  const credits: Progress | undefined = node.min.credits !== undefined ? { applied: round(outcome.credits), needed: node.min.credits } : undefined;
  const countNeed = node.min.count ?? (leaf && node.min.credits === undefined ? 1 : undefined);
  const count: Progress | undefined = countNeed !== undefined ? { applied: outcome.count, needed: countNeed } : undefined;
  const children: Progress | undefined = leaf ? undefined : { applied: satisfiedChildren, needed: node.need };
  const out: { -readonly [K in keyof NodeResult['progress']]?: NodeResult['progress'][K] } = {};
  if (credits) out.credits = credits;
  if (count) out.count = count;
  if (children) out.children = children;
  return out;
}
