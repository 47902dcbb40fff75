import type { Catalog } from '../catalog/Catalog.js';
import { compile } from '../audit/compile/compile.js';
import { byCodeUnits } from '../_internal/byCodeUnits.js';
import type { CompiledCatalog } from './CompiledCatalog.js';

/**
 * Compiles a catalog's programs once: every unit of kind `degree` or
 * `certificate` with requirements, or the ones named. Pass the result to
 * {@link rank} in place of the catalog to reuse the work across calls.
 *
 * @param catalog - from {@link parseCatalog}
 * @param programIds - the programs to compile; default every program of the catalog
 * @returns the compiled catalog
 * @throws {@link CredstackError} when a named program is not in the catalog or has no requirements
 *
 * @example
 * ```ts
 * const compiled = compileCatalog(catalog);
 * for (const record of learners) console.log(rank(compiled, record, { asOf: '2024-06-30' }).programs[0]?.program.id);
 * ```
 *
 * @category Planning
 */
export function compileCatalog(catalog: Catalog, programIds?: readonly string[]): CompiledCatalog {
  const ids = programIds ?? catalog.programs.filter((p) => p.requirements).map((p) => p.id);
  const programs = new Map([...new Set(ids)].sort(byCodeUnits).map((id) => [id, compile(catalog, id)] as const));
  return Object.freeze({ catalog, programs });
}
