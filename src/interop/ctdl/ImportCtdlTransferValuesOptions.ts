/**
 * Options for {@link safeImportCtdlTransferValues} and
 * {@link importCtdlTransferValues}, and the base of
 * {@link ImportCtdlPathwayOptions}.
 *
 * @example
 * ```ts
 * const options: ImportCtdlTransferValuesOptions = {
 *   language: 'en-GB',
 *   creditUnits: { 'creditUnit:DegreeCredit': 'us-semester' },
 * };
 * ```
 *
 * @category Interop
 */
export interface ImportCtdlTransferValuesOptions {
  /**
   * The language to read language maps in (`{ "en-US": "..." }`); default
   * `en-US`. A map without it gives a text of the same primary language,
   * else its first text.
   */
  readonly language?: string;
  /**
   * CTDL credit units (`creditUnit:DegreeCredit` or `DegreeCredit`) and the
   * credit system each is, beside the built-in table (semester, quarter and
   * clock hours, CEUs); an entry here wins over the table. The systems must
   * exist in the catalog the result goes into.
   */
  readonly creditUnits?: Readonly<Record<string, string>>;
  /** The credit system of credit values that name no unit; without it such values are not imported as credits. */
  readonly defaultCreditSystem?: string;
  /** The most characters the text may have; default 50,000,000. */
  readonly maxSize?: number;
  /** The most nodes (objects, lists, keys, scalars) the document may hold; default 1,000,000. */
  readonly maxNodes?: number;
}
