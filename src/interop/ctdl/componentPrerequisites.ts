import type { CtdlNode, CtdlValue } from './CtdlNode.js';
import type { ImportContext } from './ImportContext.js';
import type { Built, RuleOwner } from './Built.js';
import { allOf, componentRule } from './componentRule.js';
import { itemFor } from './itemFor.js';

/**
 * A unit's prerequisites from its component: what `prerequisite` names,
 * what comes before it (`precededBy`, and components that say they
 * `precedes` it, a suggested order read as required and reported so), and,
 * for a component that is not a credential, its own rule (its conditions
 * or children say what leads to it, not what earns it). All are required.
 *
 * @internal
 */
export function componentPrerequisites(ctx: ImportContext, node: CtdlNode, owner: RuleOwner, withRule: boolean): Built {
  const rule = withRule ? componentRule(ctx, node, 2, owner) : undefined;
  const before: CtdlValue[] = [...node.values('precededBy'), ...ctx.predecessorsOf(node).map((p) => ({ value: p.raw, path: p.path }))];
  if (before.length > 0) ctx.warn('assumed', node.path, 'an order the pathway suggests (precedes, precededBy) was read as a prerequisite');
  const refs = [...node.values('prerequisite'), ...before];
  const seen = new Set<unknown>();
  const items = refs
    .filter((v) => {
      const target = ctx.graph.resolveValue(v) ?? v.value;
      return !seen.has(target) && seen.add(target);
    })
    .map((v) => itemFor(ctx, v, 2, owner));
  return allOf(rule === undefined ? items : [rule, ...items]);
}
