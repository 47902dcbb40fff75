import * as z from 'zod';

/**
 * A minimum or maximum of credits and/or a count of achievements.
 *
 * @category Schemas
 */
export const amountsSchema = z.strictObject({
  credits: z.number().min(0).exactOptional(),
  count: z.number().int().min(0).exactOptional(),
});

/**
 * A minimum or maximum of credits and/or a count: `{ credits: 12 }`,
 * `{ count: 3 }`, or both.
 *
 * @category Documents
 */
export type Amounts = z.infer<typeof amountsSchema>;
