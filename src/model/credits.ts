import * as z from 'zod';
import { idSchema } from './id.js';

/**
 * An amount of credit in a named credit system (`ects`, `us-semester`, ...).
 * The value is finite and not negative.
 *
 * @category Schemas
 */
export const creditsSchema = z.strictObject({
  value: z.number().min(0),
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
 */
export type Credits = z.infer<typeof creditsSchema>;
