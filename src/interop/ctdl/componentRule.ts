import type { Requirement } from '../../model/requirement.js';
import type { CtdlNode, CtdlValue } from './CtdlNode.js';
import type { ImportContext } from './ImportContext.js';
import { isRequirement, type Built, type RuleOwner } from './Built.js';
import { buildCondition } from './buildCondition.js';
import { itemFor } from './itemFor.js';

/**
 * The rule a component states for itself: its `hasCondition`s (all must
 * hold), or, without conditions, its children (`hasChild`, and components
 * that say `isChildOf` it): all of them, or one of them for a selection
 * component, reported as assumed. `undefined` when it states neither.
 *
 * @internal
 */
export function componentRule(ctx: ImportContext, node: CtdlNode, depth: number, owner: RuleOwner, selection = false): Built | undefined {
  const conditions = node.values('hasCondition');
  if (conditions.length > 0) {
    const at = conditions.length > 1 ? depth + 1 : depth;
    return allOf(conditions.map((v) => condition(ctx, v, at, owner)));
  }
  const children: CtdlValue[] = [...node.values('hasChild'), ...ctx.childrenOf(node).map((c) => ({ value: c.raw, path: c.path }))];
  if (children.length === 0) return undefined;
  ctx.warn('assumed', node.path, selection ? 'the selection component states no condition: one of its children was taken as enough' : 'the component states no condition: all of its children were taken as required');
  const at = children.length > 1 ? depth + 1 : depth;
  const items = children.map((v) => itemFor(ctx, v, at, owner));
  if (items.includes(null)) return null;
  const real = items.filter(isRequirement);
  if (real.length === 0) return 'met';
  if (real.length === 1) return real[0]!;
  return selection ? { any: real } : { all: real };
}

/** All of several built pieces: failed if one failed, met if all are. @internal */
export function allOf(items: readonly Built[]): Built {
  if (items.includes(null)) return null;
  const real: Requirement[] = items.filter(isRequirement);
  if (real.length === 0) return 'met';
  return real.length === 1 ? real[0]! : { all: real };
}

function condition(ctx: ImportContext, v: CtdlValue, depth: number, owner: RuleOwner): Built {
  const found = ctx.graph.resolveValue(v);
  if (found === undefined) return ctx.fail('unknown_reference', v.path, 'this hasCondition names no condition in the document');
  return buildCondition(ctx, found, depth, owner);
}
