import type { Organisation } from '../../model/organisation.js';
import type { Unit } from '../../model/unit.js';
import type { LearnerRecord } from '../../model/recordDocument.js';

/**
 * What {@link safeImportEdc} reads from a European Digital Credential: a
 * catalog fragment (the awarding bodies and the micro-credential units) and
 * a record fragment (the learner and their achievements). Each is a valid
 * document as it stands (`safeParseCatalog(data.catalog)`,
 * `safeParseRecord(data.record)`); to audit, merge them into your own
 * catalog and record. What the credential holds and credstack does not
 * model is kept in the `extensions.edc` of the objects it came from.
 *
 * @example
 * ```ts
 * const { catalog, record } = importEdc(credential, { gradeScale: 'slovenian-10' });
 * const merged = parseCatalog({ ...myCatalog, units: [...myCatalog.units, ...catalog.units] });
 * ```
 *
 * @category Interop
 */
export interface EdcImport {
  /** The awarding bodies (with their country) and the units the credential's claims are achievements of. */
  readonly catalog: {
    /** The awarding bodies, with their country. */
    readonly organisations: Organisation[];
    /** The units the credential's claims are achievements of. */
    readonly units: Unit[];
  };
  /** The learner (the credential's subject) and one achievement a claim. */
  readonly record: LearnerRecord;
}
