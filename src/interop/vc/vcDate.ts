import { isIsoDate } from '../../model/isoDate.js';
import { dayNumber, shiftDate } from '../../_internal/dates.js';

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*([Zz]|[+-]\d{2}:?\d{2})?$/;

/**
 * A date-time as a credential writes it (`2010-01-01T00:00:00Z`), read
 * without a clock or the machine's time zone.
 *
 * @internal
 */
export interface VcDate {
  /** The text as given. */
  readonly text: string;
  /** The calendar day as written (the issuer's day, zone left as given). */
  readonly date: string;
  /** Whether the time is the first instant of that day (or no time is given). */
  readonly startOfDay: boolean;
  /** Seconds since 1970-01-01T00:00:00Z; a time without a zone is read as UTC. */
  readonly epochSeconds: number;
}

/**
 * Reads an XML Schema date-time (or a plain date) into a {@link VcDate};
 * `undefined` when the value is not one or names no real day.
 *
 * @internal
 */
export function readVcDate(value: unknown): VcDate | undefined {
  if (typeof value !== 'string') return undefined;
  const m = DATE_TIME.exec(value.trim());
  if (!m || !isIsoDate(m[1]!)) return undefined;
  const [h, min, s] = [Number(m[2] ?? 0), Number(m[3] ?? 0), Number(m[4] ?? 0)];
  if (h > 24 || min > 59 || s > 60 || (h === 24 && min + s > 0)) return undefined;
  const fraction = m[5] === undefined ? 0 : Number(m[5]);
  const offset = zoneSeconds(m[6]);
  if (offset === undefined) return undefined;
  return {
    text: value,
    date: m[1]!,
    startOfDay: h === 0 && min === 0 && s === 0 && fraction === 0,
    epochSeconds: dayNumber(m[1]!) * 86_400 + h * 3600 + min * 60 + s - offset,
  };
}

function zoneSeconds(zone: string | undefined): number | undefined {
  if (zone === undefined || zone === 'Z' || zone === 'z') return 0;
  const digits = zone.replace(':', '');
  const hours = Number(digits.slice(1, 3));
  const minutes = Number(digits.slice(3, 5));
  if (hours > 23 || minutes > 59) return undefined;
  return (zone.startsWith('-') ? -1 : 1) * (hours * 3600 + minutes * 60);
}

/**
 * A JWT NumericDate (seconds since the epoch) as a VC date-time in UTC;
 * `undefined` when it is not a finite number in the range of dates.
 *
 * @internal
 */
export function numericDateText(seconds: unknown): string | undefined {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || Math.abs(seconds) > 8.64e12) return undefined;
  const text = new Date(Math.floor(seconds) * 1000).toISOString().replace('.000Z', 'Z');
  // Years before 1 or after 9999 are not days credstack can write.
  return /^\d{4}-/.test(text) ? text : undefined;
}

/**
 * The last day on which something valid until `until` was valid at all:
 * the day before when it ends at the start of a day, else the day it ends
 * on. `undefined` when no such day can be written (an end at the start of
 * 0001-01-01).
 *
 * @internal
 */
export function lastValidDay(until: VcDate): string | undefined {
  if (!until.startOfDay) return until.date;
  // date-fns writes the year before AD 1 as 0001 (year of era), so the first day is checked here.
  if (until.date === '0001-01-01') return undefined;
  const day = shiftDate(until.date, 'P1D', -1);
  return isIsoDate(day) ? day : undefined;
}
