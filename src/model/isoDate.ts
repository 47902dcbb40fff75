import * as z from 'zod/mini';

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in each month of a common year; February gains one in a leap year. */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * Whether a string is a real calendar date written `YYYY-MM-DD`
 * (`2023-02-30` is not).
 *
 * @param text - the string to check
 * @returns true for a real date in that form
 *
 * @example
 * ```ts
 * isIsoDate('2024-02-29'); // true
 * isIsoDate('2023-02-29'); // false
 * ```
 *
 * @category Dates
 */
export function isIsoDate(text: string): boolean {
  // By hand rather than with date-fns (`isMatch`, ~5 µs a call): every date
  // of every document passes through here.
  const match = SHAPE.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // Years count from AD 1, so 0000 is no year (as date-fns's `yyyy` had it).
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const days = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
  return day <= days;
}

/**
 * A calendar date, written `YYYY-MM-DD`. Dates carry no time or zone: an
 * achievement earned on a day, an agreement in force from a day.
 *
 * @category Schemas
 */
export const isoDateSchema = z.string().check(
    z.refine(isIsoDate, {
      error: (iss) => `expected a real date written YYYY-MM-DD, got ${JSON.stringify(iss.input)}`,
      params: { code: 'invalid_date' },
    }),
  );

/**
 * A calendar date written `YYYY-MM-DD`.
 *
 * @category Documents
 * @useDeclaredType
 */
export type IsoDate = z.infer<typeof isoDateSchema>;
