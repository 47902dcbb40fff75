import type { Organisation } from '../../model/organisation.js';
import type { Unit } from '../../model/unit.js';
import type { Recognition } from '../../model/recognition.js';
import type { GradeScale } from '../../model/gradeScale.js';
import type { CreditSystemDefinition } from '../../model/creditSystemDefinition.js';

/**
 * What a CTDL import gives: the parts of a catalog document. Put them in a
 * catalog (`parseCatalog({ ...imported })`, or beside units of your own)
 * and they pass its checks. From a pathway, the program is the first unit.
 * `gradeScales` and `creditSystems` are present only when the document was
 * written by credstack's export and carried them.
 *
 * @example
 * ```ts
 * const { units, organisations, recognitions } = importCtdlPathway(text);
 * const catalog = parseCatalog({ organisations, units, recognitions });
 * const programId = units[0]!.id;
 * ```
 *
 * @category Interop
 */
export interface CtdlImport {
  /** The organisations the document names (providers, institutions). */
  readonly organisations: readonly Organisation[];
  /** The units: from a pathway, the program first, then its components. */
  readonly units: readonly Unit[];
  /** The recognitions read from the transfer values. */
  readonly recognitions: readonly Recognition[];
  /** The grade scales, when credstack's export carried them. */
  readonly gradeScales?: readonly GradeScale[];
  /** The credit systems, when credstack's export carried them. */
  readonly creditSystems?: readonly CreditSystemDefinition[];
}
