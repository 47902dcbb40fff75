import type { Exception } from '../../model/exception.js';
import type { CompiledTree } from '../compile/CompiledTree.js';
import type { AppliedException } from '../AuditResult.js';

/** The exceptions of one audit, sorted by what they do. @internal */
export interface ExceptionPlan {
  readonly inForce: readonly Exception[];
  /** Tree node index → the waiver. */
  readonly waivers: ReadonlyMap<number, Exception>;
  /** Achievement id → the pin or substitution, and the leaf (tree index). */
  readonly placements: ReadonlyMap<string, { readonly exception: Exception; readonly leaf: number }>;
  /** Exceptions that cannot take effect, with why. */
  readonly rejected: ReadonlyMap<string, string>;
}

/**
 * Keeps the exceptions for this program (those naming no program, or this
 * one) and resolves what they name in its tree: waivers to nodes, pins and
 * substitutions to leaves.
 *
 * @internal
 */
export function collectExceptions(all: readonly Exception[], tree: CompiledTree): ExceptionPlan {
  // An exception naming no program reaches every audit, but one naming a requirement this program lacks is meant for another.
  const inForce = all.filter((e) => e.program === tree.unit.id || (e.program === undefined && (!('requirement' in e) || tree.byId.has(e.requirement))));
  const waivers = new Map<number, Exception>();
  const placements = new Map<string, { exception: Exception; leaf: number }>();
  const rejected = new Map<string, string>();
  for (const e of inForce) {
    if (e.kind !== 'waive' && e.kind !== 'pin' && e.kind !== 'substitute') continue;
    const index = tree.byId.get(e.requirement);
    const node = index === undefined ? undefined : tree.nodes[index];
    if (!node) rejected.set(e.id, `this program has no requirement "${e.requirement}"`);
    else if (e.kind === 'waive') waivers.set(node.index, e);
    else if (node.kind !== 'unit' && node.kind !== 'select') rejected.set(e.id, `"${e.requirement}" is not a unit or select requirement, so nothing can be placed there`);
    else if (node.overlay) rejected.set(e.id, `"${e.requirement}" is inside a share overlay, which consumes nothing`);
    else placements.set(e.achievement, { exception: e, leaf: node.index });
  }
  return { inForce, waivers, placements, rejected };
}

/**
 * What became of each exception in force.
 *
 * @internal
 */
export function reportExceptions(plan: ExceptionPlan, placedAt: (achievement: string, leaf: number) => boolean, known: (achievement: string) => boolean): AppliedException[] {
  return plan.inForce.map((e) => {
    let note = plan.rejected.get(e.id);
    if (note === undefined && (e.kind === 'pin' || e.kind === 'substitute') && !placedAt(e.achievement, plan.placements.get(e.achievement)!.leaf)) {
      note = e.kind === 'pin' ? 'the requirement does not take this achievement (or it is not eligible), so it could not be pinned there; a substitution can place it' : 'the achievement is not eligible (or is excluded), so it could not be placed';
    }
    if (note === undefined && (e.kind === 'exclude' || e.kind === 'credit') && !known(e.achievement)) note = 'the achievement is not in the record';
    return { id: e.id, kind: e.kind, reason: e.reason, author: e.author, applied: note === undefined, ...(note !== undefined && { note }) };
  });
}
