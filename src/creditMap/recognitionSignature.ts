import type { CompiledProgram } from '../audit/compile/CompiledProgram.js';
import type { Recognition } from '../model/recognition.js';
import type { Unit } from '../model/unit.js';

/**
 * What the audit of a one-achievement record can tell about the recognitions
 * that take a unit, beyond its own signature: which recognitions (their
 * grants, conditions and dates are theirs, not the unit's), its provider
 * (the issuer whose accreditation a condition may ask for), and, for a
 * grant of credit alone, which of the program's leaves and limits take the
 * stand-in the grant makes of the unit (the unit with the grant's credits,
 * subjects and tags). Granted units are the recognition's own.
 *
 * @internal
 */
export function recognitionSignature(compiled: CompiledProgram, unit: Unit, recognitions: readonly Recognition[]): unknown[] {
  return [
    recognitions.map((r) => r.id),
    unit.provider ?? null,
    recognitions.map((r) => ((r.grants.units ?? []).length > 0 ? null : takenBy(compiled, standIn(unit, r)))),
  ];
}

function standIn(unit: Unit, rec: Recognition): Unit {
  const grant = rec.grants;
  return { ...unit, ...(grant.credits && { credits: grant.credits }), ...(grant.subjects && { subjects: grant.subjects }), ...(grant.tags && { tags: grant.tags }) };
}

/** The leaves (by index) and limits (`node:limit`) of the program that take a unit. */
function takenBy(compiled: CompiledProgram, unit: Unit): string[] {
  const out: string[] = [];
  for (const node of compiled.tree.nodes) {
    if ((node.kind === 'unit' && node.unit === unit.id) || (node.kind === 'select' && node.match?.(unit))) out.push(String(node.index));
    node.limits?.forEach((limit, i) => {
      if (limit.match(unit)) out.push(`${node.index}:${i}`);
    });
  }
  return out;
}
