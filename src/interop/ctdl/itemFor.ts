import type { CtdlValue } from './CtdlNode.js';
import type { ImportContext } from './ImportContext.js';
import type { Built, RuleOwner } from './Built.js';
import { MAX_REQUIREMENT_DEPTH } from '../../model/requirement.js';
import { buildCondition } from './buildCondition.js';
import { componentRule } from './componentRule.js';
import { formatPath } from '../../issues/formatPath.js';

/** What a selection component's rule is read from (the rest of it is kept as a note). */
const STRUCTURE = new Set(['hasCondition', 'hasChild', 'isChildOf']);

/**
 * The requirement a reference to a component stands for where a condition
 * or a parent names it: the program itself for the pathway or its
 * destination, a unit for any other component or resource, and, inline,
 * the rule of a `SelectionComponent` (it has no unit of its own) or a
 * condition named where a component was expected. A reference that names
 * nothing in the document is an issue at its path.
 *
 * @internal
 */
export function itemFor(ctx: ImportContext, v: CtdlValue, depth: number, owner: RuleOwner): Built {
  const target = ctx.graph.resolveValue(v);
  if (target === undefined) return ctx.fail('unknown_reference', v.path, `this reference names nothing in the document: ${describe(v.value)}`);
  if (target.is('ComponentCondition')) return buildCondition(ctx, target, depth, owner);
  if (target.is('SelectionComponent')) {
    if (!ctx.enter(target, depth, 'components')) return null;
    try {
      const rest = target.unmapped(STRUCTURE);
      if (rest !== undefined) owner.notes.push({ at: formatPath(target.path), component: rest });
      const rule = componentRule(ctx, target, depth, owner, true);
      return rule === undefined ? ctx.fail('invalid_value', target.path, 'this selection component names nothing to select from') : rule;
    } finally {
      ctx.leave();
    }
  }
  if (depth > MAX_REQUIREMENT_DEPTH) {
    return ctx.fail('too_deep', v.path, `the requirements nest deeper than ${MAX_REQUIREMENT_DEPTH} levels here`, { expected: `at most ${MAX_REQUIREMENT_DEPTH} levels` });
  }
  return { unit: ctx.isProgram(target) ? ctx.programId : ctx.unitFor(target) };
}

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value) : 'an object without an id of the document';
}
