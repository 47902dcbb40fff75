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
  readonly organisations: readonly Organisation[];
  readonly units: readonly Unit[];
  readonly recognitions: readonly Recognition[];
  readonly gradeScales?: readonly GradeScale[];
  readonly creditSystems?: readonly CreditSystemDefinition[];
}
