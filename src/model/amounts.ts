import * as z from 'zod/mini';
import { strictObject } from '../_internal/strictObject.js';

/**
 * A minimum or maximum of credits and/or a count of achievements.
 *
 * @category Schemas
 */
export const amountsSchema = strictObject({
  /**
   * credits, in the program's credit system (its policies' `creditSystem`, or the program's own credits'
   * system)
   */
  credits: z.exactOptional(z.number().check(z.minimum(0))),
  /** a number of achievements */
  count: z.exactOptional(z.number().check(z.int(), z.minimum(0))),
});

/**
 * A minimum or maximum of credits and/or a count: `{ credits: 12 }`,
 * `{ count: 3 }`, or both.
 *
 * @category Documents
 * @useDeclaredType
 */
export type Amounts = z.infer<typeof amountsSchema>;
