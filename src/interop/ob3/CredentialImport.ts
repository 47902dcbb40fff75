import type { LearnerRecord } from '../../model/recordDocument.js';
import type { CatalogDocument } from '../../model/catalogDocument.js';
import type { Extensions } from '../../model/extensions.js';

/**
 * What an import of Open Badges or a CLR gives: a learner's record, and on
 * request the catalog parts the credentials describe.
 *
 * @example
 * ```ts
 * const result = await safeImportOpenBadge(jwt, { asOf: '2024-06-30', catalogParts: true });
 * if (result.success) {
 *   const { record, catalog } = result.data;
 *   safeParseRecord(record).success; // true
 *   safeParseCatalog(catalog).success; // true
 * }
 * ```
 *
 * @category Interop
 */
export interface CredentialImport {
  /**
   * One achievement for each credential imported, each keeping the
   * credential as received in `extensions.ob3`. The learner is the
   * credential subject's `id`, when given. The record passes
   * `safeParseRecord`, and with the catalog (plus these parts) it was
   * mapped to, `safeParseRecord(record, { catalog })`.
   */
  readonly record: LearnerRecord;
  /**
   * With `catalogParts: true`: organisations (issuers, creators and the
   * endorsers that accredit them), units (one per achievement not mapped to
   * the catalog given, a stack's requirements from a CLR's associations)
   * and grade scales (from result descriptions that list their values), as
   * a catalog document that passes `safeParseCatalog`.
   */
  readonly catalog?: CatalogDocument;
  /** What was read around the achievements: for a CLR, the ClrCredential as received (`clr`). */
  readonly extensions?: Extensions;
}
