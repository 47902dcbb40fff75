import type { Catalog } from '../../catalog/Catalog.js';
import type { CredentialCheckOptions } from '../vc/CredentialCheckOptions.js';
import type { GradeResultType } from './GradeResultType.js';

/**
 * Options for {@link safeImportOpenBadge} and {@link importOpenBadge}: how
 * to check the credential (see {@link CredentialCheckOptions}), which
 * catalog to map it to, and what to assume where Open Badges says nothing.
 *
 * @example
 * ```ts
 * const options: ImportOpenBadgeOptions = {
 *   asOf: '2024-06-30',
 *   catalog,
 *   creditSystem: 'us-semester',
 *   gradeScales: { LetterGrade: 'us-letter' },
 * };
 * ```
 *
 * @category Interop
 */
export interface ImportOpenBadgeOptions extends CredentialCheckOptions {
  /**
   * Map achievements to this catalog's units (by Open Badges achievement id
   * in a unit's `externalIds`, by unit id, or by an alignment naming a
   * unit), issuers to its organisations, and check grade scales and credit
   * systems against it. What cannot be mapped is an `unmapped` warning.
   */
  readonly catalog?: Catalog;
  /** Also return organisations, units and grade scales for what the credential describes, as a catalog document. Default `false`. */
  readonly catalogParts?: boolean;
  /**
   * The credit system of `creditsEarned` and `creditsAvailable`, which Open
   * Badges gives as bare numbers. Without it, one is taken (with an
   * `assumed` warning) from the catalog unit the achievement maps to or
   * from an alignment naming a credit system; failing both, credits are
   * left out with an `unmapped` warning (they stay in `extensions.ob3`).
   */
  readonly creditSystem?: string;
  /** The grade scale of each result type (`{ LetterGrade: 'us-letter', Percent: 'percent' }`). */
  readonly gradeScales?: Readonly<Partial<Record<GradeResultType, string>>>;
  /** The language to read texts in when a credential gives several (`de`); English, then the first, otherwise. */
  readonly language?: string;
  /** Recorded as each achievement's `source` (a file name, an upload id); a description of the credential otherwise. */
  readonly source?: string;
  /** The most characters text input may have; default 50,000,000. */
  readonly maxSize?: number;
  /** The most nodes the document may hold; default 1,000,000. */
  readonly maxNodes?: number;
}
