// One module each: the package index loads every one of date-fns's functions,
// about a hundred milliseconds of the command line's start-up.
import { add } from 'date-fns/add';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { parseDuration } from '../model/duration.js';

/**
 * Adds (sign 1) or subtracts (sign -1) an ISO 8601 duration to a calendar
 * date, in calendar terms (`2023-01-31` + `P1M` = `2023-02-28`).
 *
 * @internal
 */
export function shiftDate(date: string, duration: string, sign: 1 | -1 = 1): string {
  const parts = parseDuration(duration);
  if (!parts) throw new RangeError(`not a duration: ${duration}`);
  const moved = add(parseISO(date), {
    years: sign * parts.years,
    months: sign * parts.months,
    weeks: sign * parts.weeks,
    days: sign * parts.days,
  });
  return format(moved, 'yyyy-MM-dd');
}

/**
 * A calendar date as a whole number of days, for comparing and subtracting.
 *
 * @internal
 */
export function dayNumber(date: string): number {
  // Days from 1970-01-01 by the proleptic Gregorian calendar (Hinnant's days_from_civil): pure arithmetic, no Date.
  const m = Number(date.slice(5, 7));
  const y = Number(date.slice(0, 4)) - (m <= 2 ? 1 : 0);
  const d = Number(date.slice(8, 10));
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}
