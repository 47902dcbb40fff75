import type { Requirement } from '../../model/requirement.js';
import type { IssuePath } from '../../issues/Issue.js';
import type { ExportContext } from './ExportContext.js';
import { requirementChildren } from '../../rules/forEachRequirementNode.js';
import { exportSelect } from './exportSelect.js';
import { creditConstraint, keptFields } from './exportQualifiers.js';

const CHILD_KEY = { all: 'all', any: 'any', atLeast: 'of' } as const;

/**
 * The `ceterms:ComponentCondition` a requirement node is written as. An
 * `all`, `any` or `atLeast` node lists its children that are plain unit
 * leaves as `targetComponent`s and the others as nested `hasCondition`s,
 * with `requiredNumber` (its number of children, 1, or n); a credit
 * minimum is a `creditValue >= n` constraint. A unit leaf alone is a
 * condition on that one component. What CTDL cannot say (qualifiers, ids,
 * a kind or child order an import would not restore) is reported and, when
 * credstack data is kept, written under `credstack:requirement` and
 * `credstack:order`.
 *
 * @internal
 */
export function exportCondition(ctx: ExportContext, node: Requirement, path: IssuePath): Record<string, unknown> {
  if ('select' in node) return exportSelect(ctx, node, path);
  const condition: Record<string, unknown> = { '@type': 'ceterms:ComponentCondition' };
  if (node.title !== undefined) condition['ceterms:name'] = ctx.text(node.title);
  if ('unit' in node) {
    condition['ceterms:requiredNumber'] = 1;
    condition['ceterms:targetComponent'] = [ctx.unitNodeId(node.unit)];
    if (!isPlainLeaf(node)) {
      keptFields(ctx, node, path, ['unit', 'title']);
      if (ctx.settings.credstack) condition['credstack:requirement'] = node;
    }
    return condition;
  }
  const kind = 'all' in node ? 'all' : 'any' in node ? 'any' : 'atLeast';
  const children = requirementChildren(node);
  const targets = children.map((c, i) => [c, i] as const).filter(([c]) => isPlainLeaf(c));
  const nested = children.map((c, i) => [c, i] as const).filter(([c]) => !isPlainLeaf(c));
  const required = kind === 'all' ? children.length : kind === 'any' ? 1 : (node as { atLeast: number }).atLeast;
  if (required > 0) condition['ceterms:requiredNumber'] = required;
  if (targets.length > 0) condition['ceterms:targetComponent'] = targets.map(([c]) => ctx.unitNodeId((c as { unit: string }).unit));
  const key = CHILD_KEY[kind];
  if (nested.length > 0) condition['ceterms:hasCondition'] = nested.map(([c, i]) => exportCondition(ctx, c, [...path, key, i]));
  const credits = node.min?.credits;
  if (credits !== undefined) condition['ceterms:hasConstraint'] = [creditConstraint(credits)];
  const rest = keptFields(ctx, node, path, [key, 'atLeast', 'title', 'min']);
  if (node.min?.count !== undefined) {
    rest['min'] = { count: node.min.count };
    ctx.notExported([...path, 'min', 'count'], 'a minimum count over a subtree', 'credstack:requirement');
  }
  const natural = naturalKind(required, children.length, credits !== undefined);
  const collapses = children.length === 1 && required === 1 && node.title === undefined && credits === undefined;
  if (natural !== kind || collapses || Object.keys(rest).length > 0) {
    if (ctx.settings.credstack) condition['credstack:requirement'] = { ...rest, ...(kind === 'atLeast' ? { atLeast: required, of: [] } : { [kind]: [] }) };
  }
  const order = [...targets, ...nested].map(([, i]) => i);
  if (ctx.settings.credstack && order.some((at, j) => at !== j)) condition['credstack:order'] = order;
  return condition;
}

/** Whether a node is a unit leaf and nothing else: CTDL names it as a target component. @internal */
export function isPlainLeaf(node: Requirement): boolean {
  return 'unit' in node && Object.keys(node).length === 1;
}

/** The kind an import gives a condition of this many items asking for this many. */
function naturalKind(required: number, count: number, credits: boolean): 'all' | 'any' | 'atLeast' {
  if (required === 0) return credits ? 'atLeast' : 'all';
  if (required === count) return 'all';
  return required === 1 ? 'any' : 'atLeast';
}
