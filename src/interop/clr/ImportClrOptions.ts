import type { ImportOpenBadgeOptions } from '../ob3/ImportOpenBadgeOptions.js';

/**
 * Options for {@link safeImportClr} and {@link importClr}: those of
 * {@link ImportOpenBadgeOptions}, applied to the CLR and to each credential
 * it carries, and what to do with a carried credential that cannot be
 * imported.
 *
 * @example
 * ```ts
 * const options: ImportClrOptions = { asOf: '2024-06-30', catalogParts: true, onInvalidCredential: 'skip' };
 * ```
 *
 * @category Interop
 */
export interface ImportClrOptions extends ImportOpenBadgeOptions {
  /**
   * `fail` (the default): a carried credential that is malformed or whose
   * proof fails refuses the whole CLR, with its issues. `skip`: it is left
   * out and its issues come back as warnings, the rest imported.
   */
  readonly onInvalidCredential?: 'fail' | 'skip';
}
