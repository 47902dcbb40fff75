import type { Unit } from '../../model/unit.js';
import type { Recognition } from '../../model/recognition.js';
import type { Catalog } from '../../catalog/Catalog.js';
import type { CompiledTree } from './CompiledTree.js';
import type { WantedElsewhere } from '../pipeline/wantedElsewhere.js';

/**
 * A program prepared once for many audits: its tree flattened, the
 * composites that may stack toward it (parts before wholes) and the
 * recognitions that apply to it. Made by {@link compile}.
 *
 * @category Audit
 */
export interface CompiledProgram {
  /** The catalog the program was compiled from. */
  readonly catalog: Catalog;
  /** The program unit. */
  readonly program: Unit;
  /** @internal */
  readonly tree: CompiledTree;
  /** @internal */
  readonly composites: readonly CompiledTree[];
  /** Whether a unit could count somewhere besides a given composite (stacking asks it). @internal */
  readonly wanted: WantedElsewhere;
  /** The recognitions in force for this program (by program, or by institution). */
  readonly recognitions: readonly Recognition[];
  /** The credit system the program counts in, when it names one. */
  readonly creditSystem?: string;
  /** Where residency credit is earned: the residency policy's institution, or the program's provider. */
  readonly home?: string;
  /** Whether anything the audit checks depends on the audit date. */
  readonly datesMatter: boolean;
}
