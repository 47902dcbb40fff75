import type { ImportCtdlTransferValuesOptions } from './ImportCtdlTransferValuesOptions.js';

/**
 * Options for {@link safeImportCtdlPathway} and {@link importCtdlPathway}:
 * those of {@link ImportCtdlTransferValuesOptions}, and which pathway to
 * read when the document holds several.
 *
 * @example
 * ```ts
 * const options: ImportCtdlPathwayOptions = {
 *   pathway: 'ce-5e7fcaaf-74e2-47be-a4a9-2bed98f282d7',
 *   defaultCreditSystem: 'us-semester',
 * };
 * ```
 *
 * @category Interop
 */
export interface ImportCtdlPathwayOptions extends ImportCtdlTransferValuesOptions {
  /**
   * The pathway to import, by `@id` or CTID, when the document holds more
   * than one; the first is taken otherwise (and the choice reported).
   */
  readonly pathway?: string;
}
