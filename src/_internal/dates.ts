import { add, format, parseISO } from 'date-fns';
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
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}
