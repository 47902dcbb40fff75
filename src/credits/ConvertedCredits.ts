/**
 * An amount of credit converted from one credit system to another, with
 * what it was converted from and whether the figure is approximate.
 *
 * `value` is rounded to 6 decimals (so that 0.1 + 0.2 shows as 0.3, not
 * 0.30000000000000004); a conversion to the same system returns the value
 * unchanged. `approximate` is true when the systems differ and either one's
 * factor is a convention rather than a standard.
 *
 * @example
 * ```ts
 * const converted: ConvertedCredits = {
 *   value: 32,
 *   system: 'ects',
 *   approximate: true,
 *   from: { value: 16, system: 'us-semester' },
 * };
 * ```
 *
 * @category Credits
 */
export type ConvertedCredits = {
  /** The converted amount, rounded to 6 decimals. */
  readonly value: number;
  /** The system converted to. */
  readonly system: string;
  /** Whether a factor used is a convention, so the figure is an estimate. */
  readonly approximate: boolean;
  /** The amount converted, as given. */
  readonly from: {
    /** The amount before conversion. */
    readonly value: number;
    /** The system it was in. */
    readonly system: string;
  };
};
