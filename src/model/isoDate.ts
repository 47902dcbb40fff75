import * as z from 'zod';
import { isMatch } from 'date-fns';

const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

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
  return SHAPE.test(text) && isMatch(text, 'yyyy-MM-dd');
}

/**
 * A calendar date, written `YYYY-MM-DD`. Dates carry no time or zone: an
 * achievement earned on a day, an agreement in force from a day.
 *
 * @category Schemas
 */
export const isoDateSchema = z
  .string()
  .check(
    z.refine(isIsoDate, {
      error: (iss) => `expected a real date written YYYY-MM-DD, got ${JSON.stringify(iss.input)}`,
      params: { code: 'invalid_date' },
    }),
  );

/**
 * A calendar date written `YYYY-MM-DD`.
 *
 * @category Documents
 */
export type IsoDate = z.infer<typeof isoDateSchema>;
