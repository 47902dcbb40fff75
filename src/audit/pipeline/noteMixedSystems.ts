import type { CompiledProgram } from '../compile/CompiledProgram.js';
import type { Solved } from './solveTree.js';
import type { AuditContext } from './AuditContext.js';
import { issue } from '../../_internal/issue.js';

/**
 * Warns when a program that names no credit system had credits of more than
 * one system applied: they were added as given (3 US semester hours and
 * 6 ECTS make 9), which is rarely what the catalog's author meant.
 *
 * @internal
 */
export function noteMixedSystems(compiled: CompiledProgram, solutions: readonly Solved[], ctx: AuditContext): void {
  if (compiled.creditSystem !== undefined) return;
  const systems = new Set<string>();
  for (const { built, outcome } of solutions) {
    for (const i of outcome.evaluation.applied) {
      const credits = built.items[i]!.credits;
      if (credits && credits.value > 0) systems.add(credits.system);
    }
  }
  if (systems.size < 2) return;
  const index = compiled.catalog.document.units.findIndex((u) => u.id === compiled.program.id);
  const list = [...systems].sort().join(', ');
  ctx.warnings.push(
    issue('mixed_credit_systems', ['catalog', 'units', index, 'policies', 'creditSystem'], `program "${compiled.program.id}" names no credit system, so credits in ${list} were added as given; set policies.creditSystem to convert them`),
  );
}
