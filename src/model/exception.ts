import * as z from 'zod/mini';
import { strictObject } from '../_internal/strictObject.js';
import { idSchema } from './id.js';
import { isoDateSchema } from './isoDate.js';
import { creditsSchema } from './credits.js';

const common = {
  id: idSchema,
  program: z.exactOptional(idSchema),
  reason: z.string().check(z.minLength(1)),
  author: z.string().check(z.minLength(1)),
  date: z.exactOptional(isoDateSchema),
};

/**
 * The schema of an {@link Exception}.
 *
 * @category Schemas
 */
export const exceptionSchema = z.discriminatedUnion('kind', [
  strictObject({ ...common, kind: z.literal('waive'), requirement: idSchema }),
  strictObject({ ...common, kind: z.literal('substitute'), achievement: idSchema, requirement: idSchema }),
  strictObject({ ...common, kind: z.literal('pin'), achievement: idSchema, requirement: idSchema }),
  strictObject({ ...common, kind: z.literal('exclude'), achievement: idSchema }),
  strictObject({ ...common, kind: z.literal('credit'), achievement: idSchema, credits: creditsSchema }),
]);

/**
 * What an advisor decided by hand, applied as data and reported in the
 * result. Each names a `reason` and its `author`; `program` limits it to one
 * program's audits.
 *
 * - `waive` a requirement node (by id);
 * - `substitute` an achievement for a requirement it would not otherwise meet;
 * - `pin` an achievement to a requirement;
 * - `exclude` an achievement from the audit;
 * - `credit`: count an achievement for other credits than its unit's.
 *
 * @example
 * ```ts
 * const e: Exception = {
 *   id: 'x1', kind: 'waive', requirement: 'capstone', reason: 'equivalent industry project', author: 'registrar@hes',
 * };
 * ```
 *
 * @category Documents
 */
export type Exception = z.infer<typeof exceptionSchema>;
