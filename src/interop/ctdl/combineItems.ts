import type { Requirement } from '../../model/requirement.js';
import type { CtdlNode } from './CtdlNode.js';
import type { ImportContext } from './ImportContext.js';
import type { Built } from './Built.js';
import type { Operator } from './readOperator.js';
import { setOwn } from './setOwn.js';

const CHILD_KEYS = ['all', 'any', 'of'] as const;

/**
 * Makes one requirement node of a condition's items. Items read as met
 * count toward what is required. A `credstack:requirement` kept by an
 * export restores what CTDL could not say (the node's kind, id and
 * qualifiers), and `credstack:order` its children's order.
 *
 * @internal
 */
export function combineItems(
  ctx: ImportContext,
  node: CtdlNode,
  items: readonly (Requirement | 'met')[],
  operator: Operator,
  credits: number | undefined,
  kept: Record<string, unknown> | undefined,
): Built {
  const met = items.filter((i) => i === 'met').length;
  const real = reorder(items.filter((i): i is Requirement => i !== 'met'), node.raw['credstack:order']);
  const need = needed(ctx, node, items.length, met, real.length, operator, credits);
  if (need === null) return null;
  const title = ctx.text(node, 'name');
  const min = credits === undefined ? undefined : { credits };
  if (kept !== undefined) return restore(kept, real, title, min);
  if (real.length === 0 || (need === 0 && min === undefined)) {
    if (min !== undefined) ctx.warn('unmapped', node.path, 'a credit minimum over no components has no place in credstack; it was read as met');
    return 'met';
  }
  if (real.length === 1 && need === 1 && title === undefined && min === undefined) return real[0]!;
  const base: Record<string, unknown> = {};
  if (title !== undefined) base['title'] = title;
  if (min !== undefined) base['min'] = min;
  if (need === real.length) return { ...base, all: real } as Requirement;
  if (need === 1) return { ...base, any: real } as Requirement;
  return { ...base, atLeast: need, of: real } as Requirement;
}

/** How many of the real items are needed; `null` when the condition asks for more than it names. */
function needed(ctx: ImportContext, node: CtdlNode, count: number, met: number, real: number, operator: Operator, credits: number | undefined): number | null {
  if (operator.required !== undefined) {
    if (operator.required > count) {
      return ctx.fail('invalid_number', node.first('requiredNumber')?.path ?? node.path, `requiredNumber asks for ${operator.required} of ${count} components and conditions`, {
        expected: `at most ${count}`,
        received: String(operator.required),
      });
    }
    return Math.max(operator.required - met, 0);
  }
  if (operator.logic === 'or') return met > 0 ? 0 : 1;
  if (operator.logic === 'and' || credits === undefined) {
    if (operator.logic === undefined && real > 1) ctx.warn('assumed', node.path, 'the condition gives neither requiredNumber nor logicalOperator: all of its components and conditions were taken as required');
    return real;
  }
  return 0;
}

function reorder(real: Requirement[], order: unknown): Requirement[] {
  if (!Array.isArray(order) || order.length !== real.length) return real;
  const out: Requirement[] = [];
  for (let i = 0; i < order.length; i++) {
    const at = order[i];
    if (typeof at !== 'number' || !Number.isInteger(at) || at < 0 || at >= real.length || out[at] !== undefined) return real;
    out[at] = real[i]!;
  }
  return out;
}

function restore(kept: Record<string, unknown>, real: Requirement[], title: string | undefined, min: { credits: number } | undefined): Requirement {
  const node: Record<string, unknown> = {};
  for (const key of Object.keys(kept)) if (!(CHILD_KEYS as readonly string[]).includes(key)) setOwn(node, key, kept[key]);
  const key = 'atLeast' in kept ? 'of' : 'any' in kept ? 'any' : 'all';
  node[key] = real;
  if (title !== undefined) node['title'] = title;
  if (min !== undefined) node['min'] = { ...(typeof kept['min'] === 'object' ? (kept['min'] as object) : {}), ...min };
  return node as unknown as Requirement;
}
