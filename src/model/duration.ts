import * as z from 'zod/mini';

const DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

/**
 * A span of calendar time, split into its parts.
 *
 * @category Dates
 */
export interface DurationParts {
  /** The years (`Y`). */
  readonly years: number;
  /** The months (`M`). */
  readonly months: number;
  /** The weeks (`W`). */
  readonly weeks: number;
  /** The days (`D`). */
  readonly days: number;
}

/**
 * Reads an ISO 8601 duration made of years, months, weeks and days
 * (`P3Y`, `P18M`, `P1Y6M`, `P2W`, `P90D`).
 *
 * @param text - the duration to read
 * @returns its parts, or `undefined` when the text is not such a duration
 *
 * @example
 * ```ts
 * parseDuration('P1Y6M'); // { years: 1, months: 6, weeks: 0, days: 0 }
 * parseDuration('3 years'); // undefined
 * ```
 *
 * @category Dates
 */
export function parseDuration(text: string): DurationParts | undefined {
  const match = DURATION.exec(text);
  if (!match) return undefined;
  const [, y, m, w, d] = match;
  return { years: Number(y ?? 0), months: Number(m ?? 0), weeks: Number(w ?? 0), days: Number(d ?? 0) };
}

/**
 * An ISO 8601 duration of years, months, weeks and days, such as `P3Y`.
 *
 * @category Schemas
 */
export const durationSchema = z.string().check(
  z.refine((text) => parseDuration(text) !== undefined, {
    error: (iss) =>
      `expected an ISO 8601 duration such as P3Y, P18M or P90D, got ${JSON.stringify(iss.input)}`,
    params: { code: 'invalid_duration' },
  }),
);

/**
 * An ISO 8601 duration such as `P3Y`.
 *
 * @category Documents
 * @useDeclaredType
 */
export type Duration = z.infer<typeof durationSchema>;
