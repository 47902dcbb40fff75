import type { AuditResult, NodeResult } from '../audit/AuditResult.js';
import type { Catalog } from '../catalog/Catalog.js';
import type { PlanOption, PlanResult, PlannedUnit } from '../plan/PlanResult.js';
import { describeNode } from './describeNode.js';
import { describePlanCost } from './describePlanCost.js';
import { formatCost } from './formatCost.js';
import { formatCredits } from './formatCredits.js';
import type { Picture } from './Picture.js';
import { PictureBuilder } from './PictureBuilder.js';
import { planFlows } from './planFlows.js';
import { planStatusLabel } from './planStatusLabel.js';
import { PLAIN_STYLE as PLAIN } from './ReportStyle.js';
import { statusMark } from './statusMark.js';

/**
 * What {@link planPicture} draws.
 *
 * @category Reports
 */
export interface PlanPictureOptions {
  /** `LR` (the default: terms read left to right) or `TB`; anything else is taken as `LR`. */
  readonly direction?: 'TB' | 'LR';
  /** The catalog the plan was made from: with it, prerequisite edges are drawn between the plan's units. */
  readonly catalog?: Catalog;
}

/**
 * A plan's result as a picture: the program with the plan's status, cost
 * and completion; the best plan's units grouped by term (each group
 * labelled with the term's dates), each unit with its cost, credits and
 * dates; from each unit, the credentials it stacks into and the
 * recognitions that carry it (earned on the way), then the requirements it
 * fills, labelled with their status in the audit the plan leads to, and
 * the program; and, given the catalog, prerequisite edges. Without a plan
 * (infeasible, or no plan found), the requirements left unmet hang dashed
 * from the program.
 *
 * @param result - the plan's result
 * @param options - see {@link PlanPictureOptions}
 * @returns the picture
 *
 * @example
 * ```ts
 * planPicture(result).groups.map((g) => g.lines[0]); // ['Term 1 (spring): 2025-01-06 to 2025-07-05', ...]
 * ```
 *
 * @category Reports
 */
export function planPicture(result: PlanResult, options: PlanPictureOptions = {}): Picture {
  const builder = new PictureBuilder(options.direction === 'TB' ? 'TB' : 'LR');
  const { label, look } = planStatusLabel(result.status);
  const best = result.best;
  const facts = [`Program: ${PLAIN.text(result.program.title)} (${PLAIN.id(result.program.id)})`, `Status: ${label}`, `Start: ${result.start}`];
  if (best) facts.push(`Cost: ${describePlanCost(best, result.currency)}`, `Completion: ${best.totals.completion}`);
  const program = builder.node('program', { lines: facts, look: result.status === 'complete' ? 'satisfied' : look, shape: 'stadium' });
  if (best === undefined) {
    for (const id of result.unmet) builder.edge(program, builder.node(`unmet\u0000${id}`, { lines: [`${statusMark('unmet', 'markdown')} unmet`, PLAIN.id(id)], look: 'unmet' }), [], 'dashed');
    return builder.picture();
  }
  const groups = new Map(best.terms.map((t) => [t.index, builder.group([`Term ${t.index + 1}${t.label === undefined ? '' : ` (${PLAIN.text(t.label)})`}: ${t.starts} to ${t.ends}`])]));
  const units = best.units.map((unit, k) => {
    const group = groups.get(unit.term);
    return builder.node(`unit\u0000${k}`, { lines: unitLines(unit, result.currency), look: 'planned', shape: 'round', ...(group === undefined ? {} : { group }) });
  });
  const requirement = (id: string): string => requirementNode(builder, best, id, program);
  planFlows({ builder, option: best, units, requirement, ...(options.catalog === undefined ? {} : { catalog: options.catalog }) });
  return builder.picture();
}

function unitLines(unit: PlannedUnit, currency: string | undefined): string[] {
  const cost = unit.cost === undefined ? 'cost not given' : formatCost(unit.cost, currency === undefined ? undefined : PLAIN.text(currency));
  return [`${PLAIN.id(unit.unit)} ${PLAIN.text(unit.title)}`, `${cost}, ${formatCredits(unit.credits)}`, `${unit.starts} to ${unit.ends}`];
}

/** The node of a requirement the plan fills, with its status after the plan, joined to the program. */
function requirementNode(builder: PictureBuilder, option: PlanOption, id: string, program: string): string {
  const key = `requirement\u0000${id}`;
  const known = builder.idOf(key);
  if (known !== undefined) return known;
  const found = findNode(option.audit, id);
  const lines = found === undefined ? [PLAIN.id(id)] : [`${statusMark(found.status, 'markdown')} ${found.status} after the plan`, describeNode(found)];
  const node = builder.node(key, { lines, look: found?.status ?? 'partial' });
  builder.edge(node, program, ['counts toward']);
  return node;
}

function findNode(audit: AuditResult, id: string): NodeResult | undefined {
  const stack: NodeResult[] = [audit.root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.id === id) return node;
    stack.push(...[...node.children].reverse());
  }
  return undefined;
}
