import type { Unit } from '../../model/unit.js';
import type { Requirement } from '../../model/requirement.js';
import type { Amounts } from '../../model/amounts.js';
import { forEachRequirementNode, requirementChildren } from '../../rules/forEachRequirementNode.js';
import { compileFilter } from '../../rules/compileFilter.js';
import type { CompiledNode, CompiledTree, Narrowing } from './CompiledTree.js';
import { byCodeUnits } from '../../_internal/byCodeUnits.js';

const EMPTY: Narrowing = { minGrades: [], earnedWithin: [], earnedBetween: [], verified: [] };

function kindOf(node: Requirement): CompiledNode['kind'] {
  if ('all' in node) return 'all';
  if ('any' in node) return 'any';
  if ('atLeast' in node) return 'atLeast';
  if ('unit' in node) return 'unit';
  return 'select';
}

function narrow(parent: Narrowing, node: Requirement, id: string): Narrowing {
  if (!node.minGrade && !node.earnedWithin && !node.earnedBetween && node.verified !== true) return parent;
  return {
    minGrades: node.minGrade ? [...parent.minGrades, { node: id, bar: node.minGrade }] : parent.minGrades,
    earnedWithin: node.earnedWithin ? [...parent.earnedWithin, { node: id, duration: node.earnedWithin }] : parent.earnedWithin,
    earnedBetween: node.earnedBetween ? [...parent.earnedBetween, { node: id, ...node.earnedBetween }] : parent.earnedBetween,
    verified: node.verified === true ? [...parent.verified, id] : parent.verified,
  };
}

function needOf(node: Requirement, kind: CompiledNode['kind']): number {
  if ('atLeast' in node) return node.atLeast;
  if (kind === 'all') return requirementChildren(node).length;
  return kind === 'any' ? 1 : 0;
}

/**
 * Flattens a unit's requirements into a {@link CompiledTree}: ids derived,
 * filters compiled, narrowing qualifiers pushed down to the leaves. A
 * composite's filters never pick the composite itself.
 *
 * @internal
 */
export function compileTree(unit: Unit): CompiledTree {
  const root = unit.requirements;
  if (!root) throw new RangeError(`unit ${unit.id} has no requirements`);
  const nodes: CompiledNode[] = [];
  const narrowings = new Map<string, Narrowing>();
  const overlays = new Set<string>();
  const parents = new Map<string, number>();
  forEachRequirementNode(root, unit.id, [], ({ node, id, parentId }) => {
    const kind = kindOf(node);
    const narrowing = narrow(parentId === undefined ? EMPTY : narrowings.get(parentId)!, node, id);
    narrowings.set(id, narrowing);
    const overlay = node.share === true || (parentId !== undefined && overlays.has(parentId));
    if (overlay) overlays.add(id);
    const index = nodes.length;
    const parent = parentId === undefined ? undefined : parents.get(parentId);
    if (parent !== undefined) (nodes[parent]!.children as number[]).push(index);
    parents.set(id, index);
    const claimed = node.share === true && node.from === 'claimed' && (parentId === undefined || !overlays.has(parentId));
    nodes.push(compileNode(node, unit, { index, id, kind, narrowing, overlay, ...(parent !== undefined && { parent }), ...(claimed && { claimed }) }));
  });
  // Built again with the children in id order: every node is made by one literal, never changed after,
  // so that all nodes of a kind share one hidden class (setting `byId` afterwards gave each its own,
  // and every read of a node, once per node per audit, a slow lookup).
  const done = nodes.map((n) => ({ ...n, byId: [...n.children].sort((a, b) => byCodeUnits(nodes[a]!.id, nodes[b]!.id)) }));
  return { unit, nodes: done, byId: new Map(done.map((n) => [n.id, n.index])) };
}

/** What a leaf needs: its `min`, one achievement when it gives none, and at least one at a `unit` leaf. */
function leafMin(min: Amounts, unitLeaf: boolean): Amounts {
  const base = min.credits === undefined && min.count === undefined ? { count: 1 } : min;
  return unitLeaf ? { ...base, count: Math.max(1, base.count ?? 1) } : base;
}

function compileNode(
  node: Requirement,
  unit: Unit,
  at: { index: number; id: string; kind: CompiledNode['kind']; narrowing: Narrowing; overlay: boolean; parent?: number; claimed?: boolean },
): CompiledNode {
  const filter = 'select' in node ? compileFilter(node.select) : undefined;
  return {
    ...at,
    ...(node.title !== undefined && { title: node.title }),
    children: [],
    byId: [],
    need: needOf(node, at.kind),
    min: node.min ?? {},
    ...(('unit' in node || 'select' in node) && { leafMin: leafMin(node.min ?? {}, 'unit' in node) }),
    ...('max' in node && node.max !== undefined && { max: node.max }),
    ...('unit' in node && { unit: node.unit }),
    ...(filter && { match: (u: Unit) => u.id !== unit.id && filter(u) }),
    ...(node.maxRecognized && { maxRecognized: node.maxRecognized }),
    ...(node.maxPer && { maxPer: node.maxPer }),
    ...(node.minDistinct && { minDistinct: node.minDistinct }),
    ...(node.minGpa !== undefined && { minGpa: node.minGpa }),
    ...('claim' in node && node.claim === 'needed' && { claimNeeded: true }),
    ...(node.limits && { limits: node.limits.map((l) => ({ match: compileFilter(l.select), max: l.max })) }),
  };
}
