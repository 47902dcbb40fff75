import type { SelectRequirement } from '../../model/requirement.js';
import type { IssuePath } from '../../issues/Issue.js';
import type { ExportContext } from './ExportContext.js';
import { creditConstraint, keptFields } from './exportQualifiers.js';
import { compileFilter } from '../../rules/compileFilter.js';

/**
 * The condition a `select` node is written as. CTDL has no filters: the
 * condition names the units the filter picks in this catalog (the
 * program left out), `requiredNumber` its minimum count (1 when it has no
 * minimum; none when it has only a credit minimum, which is a
 * `creditValue >= n` constraint). The filter and the rest are reported and
 * kept whole under `credstack:requirement`.
 *
 * @internal
 */
export function exportSelect(ctx: ExportContext, node: SelectRequirement, path: IssuePath): Record<string, unknown> {
  const condition: Record<string, unknown> = { '@type': 'ceterms:ComponentCondition' };
  if (node.title !== undefined) condition['ceterms:name'] = ctx.text(node.title);
  keptFields(ctx, node, path, ['title', 'min', 'id']);
  const picks = compileFilter(node.select);
  const targets = ctx.catalog.units.filter((u) => u.id !== ctx.programId && picks(u)).map((u) => ctx.unitNodeId(u.id));
  if (targets.length > 0) condition['ceterms:targetComponent'] = targets;
  const count = node.min?.count ?? (node.min?.credits === undefined ? 1 : undefined);
  if (count !== undefined && count > 0) condition['ceterms:requiredNumber'] = Math.min(count, targets.length);
  if (count !== undefined && count > targets.length) {
    ctx.notExported([...path, 'min', 'count'], `a minimum of ${count} achievements from ${targets.length} units`, 'credstack:requirement');
  }
  if (node.min?.credits !== undefined) condition['ceterms:hasConstraint'] = [creditConstraint(node.min.credits)];
  if (ctx.settings.credstack) condition['credstack:requirement'] = node;
  return condition;
}
