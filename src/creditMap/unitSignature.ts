import type { CompiledProgram } from '../audit/compile/CompiledProgram.js';
import type { Unit } from '../model/unit.js';
import type { ProgramUnits } from './programUnits.js';

/**
 * What the audit of a one-achievement record can tell about a plain unit
 * (one that no recognition takes, that is no composite and no part of one):
 * the program's leaves and limits that take it, its credits and validity,
 * whether it was earned at home (residency), and how many values it has
 * of the attributes the program's `maxPer` and `minDistinct` count
 * (provider, subjects, tags; every unit has one kind). With one
 * achievement, which values they are cannot matter: only a filter could
 * tell them apart, and the leaves and limits that take it are in the
 * signature. Units with the same signature audit alike, so one audit
 * serves them all.
 *
 * @internal
 */
export function unitSignature(compiled: CompiledProgram, found: ProgramUnits, unit: Unit, counted: ReadonlySet<string>): string {
  return JSON.stringify([
    found.leaves.get(unit.id) ?? [],
    found.limits.get(unit.id) ?? [],
    unit.credits ?? null,
    unit.validity ?? null,
    compiled.home !== undefined && unit.provider === compiled.home,
    // One achievement alone: caps and distinct counts see how many values it has, not which.
    counted.has('provider') ? Number(unit.provider !== undefined) : null,
    counted.has('subject') ? new Set(unit.subjects ?? []).size : null,
    counted.has('tag') ? new Set(unit.tags ?? []).size : null,
  ]);
}

/**
 * The unit attributes a program's `maxPer` and `minDistinct` count by.
 *
 * @internal
 */
export function countedAttributes(compiled: CompiledProgram): Set<string> {
  const out = new Set<string>();
  for (const node of compiled.tree.nodes) {
    if (node.maxPer) out.add(node.maxPer.by);
    if (node.minDistinct) out.add(node.minDistinct.by);
  }
  return out;
}
