import type { Catalog } from '../../catalog/Catalog.js';
import { CredstackError } from '../../issues/CredstackError.js';
import { issue } from '../../_internal/issue.js';
import type { CompiledProgram } from './CompiledProgram.js';
import type { CompiledTree } from './CompiledTree.js';
import { compileTree } from './compileTree.js';
import { relevantUnits } from './relevantUnits.js';
import { wantedElsewhere } from '../pipeline/wantedElsewhere.js';

/**
 * Prepares a program for auditing many records: flattens its requirements,
 * finds the composites that may stack toward it and the recognitions in
 * force for it. Audit with {@link auditCompiled}, or pass the result to
 * {@link audit} in place of the catalog and program id.
 *
 * @param catalog - a parsed catalog
 * @param programId - the id of a unit with requirements
 * @returns the compiled program
 * @throws {@link CredstackError} (`unknown_reference`) when no unit of that id has requirements
 *
 * @example
 * ```ts
 * const scmb = compile(catalog, 'mit-scmb');
 * const results = records.map((r) => auditCompiled(scmb, r, { asOf: '2024-06-30' }));
 * ```
 *
 * @category Audit
 */
export function compile(catalog: Catalog, programId: string): CompiledProgram {
  const program = catalog.unit(programId);
  if (!program?.requirements) {
    const what = program ? `unit "${programId}" has no requirements` : `no unit "${programId}" in the catalog`;
    throw new CredstackError([issue('unknown_reference', ['program'], `cannot audit against "${programId}": ${what}`)], 'program');
  }
  const tree = compileTree(program);
  const recognitions = catalog.recognitions.filter((r) => r.program === program.id || (r.program === undefined && r.institution === program.provider));
  const trees = new Map<string, CompiledTree | undefined>();
  const compileOf = (id: string): CompiledTree | undefined => {
    if (!trees.has(id)) {
      const unit = catalog.unit(id);
      trees.set(id, unit?.requirements && id !== program.id ? compileTree(unit) : undefined);
    }
    return trees.get(id);
  };
  const relevant = relevantUnits(catalog, tree, recognitions, compileOf);
  const composites = catalog.topologicalOrder().filter((id) => relevant.has(id)).map(compileOf).filter((t): t is CompiledTree => t !== undefined);
  const creditSystem = program.policies?.creditSystem ?? program.credits?.system;
  const home = program.policies?.residency?.institution ?? program.provider;
  return {
    catalog,
    program,
    tree,
    composites,
    wanted: wantedElsewhere([tree, ...composites]),
    recognitions,
    ...(creditSystem !== undefined && { creditSystem }),
    ...(home !== undefined && { home }),
    datesMatter: datesMatter([tree, ...composites], recognitions, relevant, catalog),
  };
}

function datesMatter(trees: readonly CompiledTree[], recognitions: CompiledProgram['recognitions'], relevant: ReadonlySet<string>, catalog: Catalog): boolean {
  if (trees.some((t) => t.nodes.some((n) => n.narrowing.earnedWithin.length > 0))) return true;
  if (recognitions.some((r) => r.conditions?.earnedWithin !== undefined)) return true;
  return [...relevant].some((id) => catalog.unit(id)?.validity !== undefined);
}
