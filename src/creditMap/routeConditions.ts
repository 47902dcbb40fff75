import type { CompiledProgram } from '../audit/compile/CompiledProgram.js';
import type { CompiledTree, Narrowing } from '../audit/compile/CompiledTree.js';
import type { Recognition } from '../model/recognition.js';
import type { Unit } from '../model/unit.js';
import type { CreditCondition, ConditionSource } from './CreditCondition.js';

/**
 * The conditions a route puts on a credential: those of the requirement
 * leaves it is applied at (grade bars, verification, dates, with their
 * ancestors'), the credential's validity, and for a recognition its dates,
 * conditions and limits with the caps on recognised credit (at the leaves,
 * above them, and the program's policy).
 *
 * @internal
 */
export function routeConditions(compiled: CompiledProgram, credential: Unit, requirements: readonly string[], recognition: Recognition | undefined): CreditCondition[] {
  const out: CreditCondition[] = [];
  const tree = compiled.tree;
  for (const id of requirements) {
    const index = tree.byId.get(id);
    if (index === undefined) continue;
    out.push(...narrowingConditions(tree.nodes[index]!.narrowing, tree.unit.id));
    if (recognition) out.push(...capsAbove(tree, index));
  }
  if (credential.validity !== undefined) out.push({ kind: 'validity', duration: credential.validity, source: { kind: 'unit', id: credential.id } });
  if (recognition) {
    out.push(...recognitionConditions(recognition));
    const cap = compiled.program.policies?.maxRecognized;
    if (cap) out.push({ kind: 'maxRecognized', ...cap, source: { kind: 'policy', id: 'maxRecognized', unit: compiled.program.id } });
  }
  return out;
}

/**
 * The conditions a leaf's narrowing states (its own and its ancestors').
 *
 * @internal
 */
export function narrowingConditions(narrowing: Narrowing, unit: string): CreditCondition[] {
  const at = (node: string): ConditionSource => ({ kind: 'requirement', id: node, unit });
  return [
    ...narrowing.minGrades.map((g): CreditCondition => ({ kind: 'minGrade', scale: g.bar.scale, grade: g.bar.grade, source: at(g.node) })),
    ...narrowing.verified.map((node): CreditCondition => ({ kind: 'verified', source: at(node) })),
    ...narrowing.earnedWithin.map((w): CreditCondition => ({ kind: 'earnedWithin', duration: w.duration, source: at(w.node) })),
    ...narrowing.earnedBetween.map((b): CreditCondition => ({ kind: 'earnedBetween', ...(b.from !== undefined && { from: b.from }), ...(b.until !== undefined && { until: b.until }), source: at(b.node) })),
  ];
}

function capsAbove(tree: CompiledTree, index: number): CreditCondition[] {
  const out: CreditCondition[] = [];
  for (let i: number | undefined = index; i !== undefined; i = tree.nodes[i]!.parent) {
    const node = tree.nodes[i]!;
    if (node.maxRecognized) out.push({ kind: 'maxRecognized', ...node.maxRecognized, source: { kind: 'requirement', id: node.id, unit: tree.unit.id } });
  }
  return out;
}

function recognitionConditions(rec: Recognition): CreditCondition[] {
  const at: ConditionSource = { kind: 'recognition', id: rec.id };
  const c = rec.conditions;
  const out: CreditCondition[] = [];
  if (rec.validFrom !== undefined || rec.validUntil !== undefined) {
    out.push({ kind: 'inForce', ...(rec.validFrom !== undefined && { from: rec.validFrom }), ...(rec.validUntil !== undefined && { until: rec.validUntil }), source: at });
  }
  if (c?.minGrade) out.push({ kind: 'minGrade', scale: c.minGrade.scale, grade: c.minGrade.grade, source: at });
  if (c?.verified === true) out.push({ kind: 'verified', source: at });
  if (c?.earnedWithin !== undefined) out.push({ kind: 'earnedWithin', duration: c.earnedWithin, source: at });
  if (c?.issuerAccreditedBy !== undefined) out.push({ kind: 'issuerAccreditedBy', body: c.issuerAccreditedBy, source: at });
  if (rec.limits && (rec.limits.credits !== undefined || rec.limits.count !== undefined)) out.push({ kind: 'recognitionLimit', ...rec.limits, source: at });
  return out;
}
