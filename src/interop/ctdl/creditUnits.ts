/** CTDL credit units and the built-in credit systems they are. */
const UNIT_SYSTEMS: ReadonlyMap<string, string> = new Map([
  ['SemesterHour', 'us-semester'],
  ['QuarterHour', 'us-quarter'],
  ['ContinuingEducationUnit', 'ceu'],
  ['ClockHour', 'clock-hour'],
  // Not concepts of CTDL's CreditUnit scheme, but what publishers outside the US write.
  ['ECTS', 'ects'],
  ['ECTSCredit', 'ects'],
  ['EuropeanCreditTransferSystem', 'ects'],
  ['CATS', 'uk-cats'],
]);

/** Units read as a system by assumption, reported as such. */
const ASSUMED_SYSTEMS: ReadonlyMap<string, string> = new Map([['ContactHour', 'clock-hour']]);

const SYSTEM_UNITS: ReadonlyMap<string, string> = new Map([
  ['us-semester', 'creditUnit:SemesterHour'],
  ['us-quarter', 'creditUnit:QuarterHour'],
  ['ceu', 'creditUnit:ContinuingEducationUnit'],
  ['clock-hour', 'creditUnit:ClockHour'],
]);

/**
 * The credit system a CTDL credit unit (bare name, `SemesterHour`) is:
 * from the caller's table first, then the built-in table; `assumed` when
 * the reading is a convention (contact hours as clock hours).
 *
 * @internal
 */
export function systemOfUnit(unit: string, extra: ReadonlyMap<string, string>): { system: string; assumed: boolean } | undefined {
  const given = extra.get(unit);
  if (given !== undefined) return { system: given, assumed: false };
  const known = UNIT_SYSTEMS.get(unit);
  if (known !== undefined) return { system: known, assumed: false };
  const assumed = ASSUMED_SYSTEMS.get(unit);
  return assumed === undefined ? undefined : { system: assumed, assumed: true };
}

/** The CTDL credit unit concept for a credit system, or `undefined` when CTDL has none. @internal */
export function unitOfSystem(system: string): string | undefined {
  return SYSTEM_UNITS.get(system);
}
