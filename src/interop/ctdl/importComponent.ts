import type { Unit } from '../../model/unit.js';
import type { CtdlNode } from './CtdlNode.js';
import type { ImportContext } from './ImportContext.js';
import { setTree, type RuleOwner } from './Built.js';
import { componentRule } from './componentRule.js';
import { componentPrerequisites } from './componentPrerequisites.js';
import { kindOf } from './kindOf.js';
import { readCredits } from './readCredits.js';
import { isCredentialKind } from './unitKinds.js';
import { isObject } from './readValues.js';
import { applyKept, ctdlExtensions } from './mergeExtension.js';
import { unitKindSchema } from '../../model/unitKind.js';

/** Component terms credstack maps (the rest is kept in `extensions.ctdl.node`). */
const MAPPED = ['ctid', 'name', 'description', 'hasCondition', 'hasChild', 'isChildOf', 'prerequisite', 'precededBy', 'precedes'];

/**
 * The unit a component (or a resource named by a pathway or a transfer
 * value) becomes: its id (CTID, else `@id`), kind, title, description,
 * credits (`creditValue`), CTID as an external id, and its rule: for a
 * credential, its conditions are its `requirements` (it is earned by
 * meeting them); for anything else they join its `prerequisites`. What is
 * not mapped is kept in `extensions.ctdl.node` (and conditions' extras in
 * `extensions.ctdl.conditions`). A `credstack:unit` an export wrote
 * restores what CTDL could not say, and then alone gives the extensions.
 *
 * @internal
 */
export function importComponent(ctx: ImportContext, node: CtdlNode): Unit {
  const kept = isObject(node.raw['credstack:unit']) ? node.raw['credstack:unit'] : undefined;
  const keptKind = unitKindSchema.safeParse(kept?.['kind']);
  const kind = keptKind.success ? keptKind.data : kindOf(ctx, node);
  const owner: RuleOwner = { notes: [] };
  const earned = isCredentialKind(kind) || node.raw['credstack:conditions'] === 'requirements';
  const unit: Record<string, unknown> = { id: ctx.unitIds.get(node), kind, title: titleOf(ctx, node) };
  const description = ctx.text(node, 'description');
  if (description !== undefined) unit['description'] = description;
  const credits = readCredits(ctx, node.values('creditValue'));
  if (credits.credits !== undefined) unit['credits'] = credits.credits;
  setTree(unit, 'prerequisites', componentPrerequisites(ctx, node, owner, !earned));
  if (earned) setTree(unit, 'requirements', componentRule(ctx, node, 1, owner));
  const points = node.first('pointValue');
  if (points !== undefined) ctx.warn('unmapped', points.path, 'points (pointValue) have no place in credstack (kept in extensions.ctdl)');
  const ctid = ctx.text(node, 'ctid');
  if (ctid !== undefined && ctid !== '') unit['externalIds'] = [{ scheme: 'ctid', id: ctid }];
  const mapped = new Set(credits.exact ? [...MAPPED, 'creditValue'] : MAPPED);
  const extensions = kept === undefined ? ctdlExtensions({ node: node.unmapped(mapped), conditions: owner.notes }) : undefined;
  if (extensions !== undefined) unit['extensions'] = extensions;
  applyKept(unit, kept);
  return unit as unknown as Unit;
}

/** A unit's title: its name, else its id (reported). @internal */
export function titleOf(ctx: ImportContext, node: CtdlNode): string {
  const name = ctx.text(node, 'name');
  if (name !== undefined) return name;
  const id = ctx.unitIds.get(node) ?? ctx.idOf(node);
  ctx.warn('assumed', node.path, `the resource has no name: its id "${id}" was taken as its title`);
  return id;
}
