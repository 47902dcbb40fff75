/**
 * Options for {@link safeExportCtdlTransferValues} and
 * {@link exportCtdlTransferValues}, and the base of
 * {@link ExportCtdlPathwayOptions}.
 *
 * @example
 * ```ts
 * const options: ExportCtdlTransferValuesOptions = { recognitions: ['hes-scm'], language: 'en' };
 * ```
 *
 * @category Interop
 */
export interface ExportCtdlTransferValuesOptions {
  /** The language tag of the language maps written (`{ "en-US": "..." }`); default `en-US`. */
  readonly language?: string;
  /**
   * Whether to write what CTDL has no place for under `credstack:` keys
   * (`credstack:unit`, `credstack:requirement`, ...), so that an import
   * gives back the same catalog parts; default `true`. With `false` the
   * document holds CTDL alone, and what it cannot say is lost (each loss
   * is still reported `not_exported`).
   */
  readonly credstack?: boolean;
  /**
   * The recognitions to write as `ceterms:TransferValueProfile`s, by id.
   * Default: every recognition of the catalog for the transfer-value
   * export; for the pathway export, those for the program (naming it, or
   * naming no program and granted by its provider).
   */
  readonly recognitions?: readonly string[];
}
