import type { Requirement } from '../../model/requirement.js';
import { formatPath } from '../../issues/formatPath.js';
import type { CtdlNode } from './CtdlNode.js';
import type { ImportContext } from './ImportContext.js';
import type { Built, RuleOwner } from './Built.js';
import { itemFor } from './itemFor.js';
import { readConstraints } from './readConstraints.js';
import { readOperator, type Operator } from './readOperator.js';
import { combineItems } from './combineItems.js';
import { isObject } from './readValues.js';

/** Condition terms with no place in a tree that are kept without a warning. */
const QUIET = new Set(['@id', '@type', 'description', 'alternateName']);

/**
 * Builds the requirement a `ceterms:ComponentCondition` states. Its items
 * are its `targetComponent`s (each a unit, or inline for a selection
 * component) and then its nested `hasCondition`s; `requiredNumber` n asks
 * for n of them (`all` when n is their number, `any` when 1, `atLeast`
 * otherwise); without it `logicalOperator` And asks for all, Or for one;
 * with neither, all are needed, unless a credit constraint is there to say
 * how much (then the constraint alone decides). A `Not` condition cannot be
 * stated and is read as met. A condition of one item is that item.
 *
 * @internal
 */
export function buildCondition(ctx: ImportContext, node: CtdlNode, depth: number, owner: RuleOwner): Built {
  if (!ctx.enter(node, depth, 'conditions')) return null;
  try {
    return conditionBody(ctx, node, depth, owner);
  } finally {
    ctx.leave();
  }
}

function conditionBody(ctx: ImportContext, node: CtdlNode, depth: number, owner: RuleOwner): Built {
  const operator = readOperator(ctx, node);
  if (operator === null) return null;
  const kept = node.raw['credstack:requirement'];
  const items = [...node.values('targetComponent').map((v) => itemFor(ctx, v, depth + 1, owner)), ...node.values('hasCondition').map((v) => nested(ctx, v, depth + 1, owner))];
  if (items.includes(null)) return null;
  // A leaf an export wrapped in a condition comes back whole.
  if (isObject(kept) && ('unit' in kept || 'select' in kept)) return kept as unknown as Requirement;
  const constraints = readConstraints(ctx, node);
  note(ctx, node, owner, operator, constraints.exact);
  if (operator.logic === 'not') {
    ctx.warn('unmapped', node.path, 'a condition with the logical operator Not has no place in credstack; it was read as met (kept in extensions.ctdl)');
    return 'met';
  }
  return combineItems(ctx, node, items as (Requirement | 'met')[], operator, constraints.credits, isObject(kept) ? kept : undefined);
}

function nested(ctx: ImportContext, v: { value: unknown; path: readonly (string | number)[] }, depth: number, owner: RuleOwner): Built {
  const inner = ctx.graph.resolveValue(v);
  if (inner === undefined) return ctx.fail('unknown_reference', v.path, 'this hasCondition names no condition in the document');
  return buildCondition(ctx, inner, depth, owner);
}

/** Keeps what the condition says beyond the tree, and warns for what carried meaning. */
function note(ctx: ImportContext, node: CtdlNode, owner: RuleOwner, operator: Operator, exactConstraints: boolean): void {
  if (operator.logic === 'not') {
    owner.notes.push({ at: formatPath(node.path), condition: node.unmapped(new Set()) });
    return;
  }
  const mapped = new Set(['name', 'targetComponent', 'hasCondition', 'requiredNumber', ...operator.terms]);
  if (exactConstraints) mapped.add('hasConstraint').add('requiredConstraints');
  const rest = node.unmapped(mapped);
  if (rest === undefined || node.terms().every((t) => mapped.has(t) || t === '@id' || t === '@type' || t.startsWith('credstack:'))) return;
  owner.notes.push({ at: formatPath(node.path), condition: rest });
  for (const term of node.terms()) {
    if (mapped.has(term) || QUIET.has(term) || term.startsWith('credstack:') || term === 'hasConstraint' || term === 'requiredConstraints' || term === 'logicalOperator') continue;
    ctx.warn('unmapped', node.path, `the condition's "${term}" has no place in credstack (kept in extensions.ctdl)`);
  }
}
