import * as z from 'zod/mini';
import { strictObject } from '../_internal/strictObject.js';
import { idSchema } from './id.js';

/**
 * The largest value an amount of credit may have: a billion. Far above any
 * real figure, and small enough that a million of them, converted between
 * any two credit systems, add up to a finite number.
 *
 * @category Schemas
 */
export const MAX_CREDITS = 1_000_000_000;

/**
 * An amount of credit in a named credit system (`ects`, `us-semester`, ...).
 * The value is finite, not negative and at most {@link MAX_CREDITS}.
 *
 * @category Schemas
 */
export const creditsSchema = strictObject({
  /** how many credits */
  value: z.number().check(z.minimum(0), z.maximum(MAX_CREDITS)),
  /**
   * which system they are in: a built-in one (`ects`, `us-semester`, `us-quarter`, `ceu`, `uk-cats`,
   * `clock-hour`) or one of `creditSystems`
   */
  system: idSchema,
});

/**
 * An amount of credit in a credit system.
 *
 * @example
 * ```ts
 * const credits: Credits = { value: 4, system: 'us-semester' };
 * ```
 *
 * @category Documents
 * @useDeclaredType
 */
export type Credits = z.infer<typeof creditsSchema>;
