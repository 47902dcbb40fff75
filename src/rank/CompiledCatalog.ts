import type { Catalog } from '../catalog/Catalog.js';
import type { CompiledProgram } from '../audit/compile/CompiledProgram.js';

/**
 * A catalog with its programs compiled once, for {@link rank} and anything
 * else that audits or plans many programs many times.
 *
 * @category Planning
 */
export interface CompiledCatalog {
  /** The catalog the programs were compiled from. */
  readonly catalog: Catalog;
  /** The compiled programs by id, in id order. */
  readonly programs: ReadonlyMap<string, CompiledProgram>;
}
