/**
 * Options of {@link creditMap}.
 *
 * @category Credit map
 */
export interface CreditMapOptions {
  /** The programs to map (units with requirements); every program of the catalog when absent. */
  readonly programs?: readonly string[];
  /** The credentials to map; every unit when absent. */
  readonly credentials?: readonly string[];
  /**
   * The day the map speaks for (`YYYY-MM-DD`). Each credential is taken as
   * earned on the latest day up to `asOf` that a recognition or requirement
   * it meets is in force (`asOf` itself when nothing is dated), and audited
   * as of `asOf`. Without it, the map takes each credential as just earned,
   * on the latest start date of the rules it meets, and audits as of that day.
   */
  readonly asOf?: string;
}
