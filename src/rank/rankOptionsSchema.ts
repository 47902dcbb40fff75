import * as z from 'zod/mini';
import { strictObject } from '../_internal/strictObject.js';
import { isoDateSchema } from '../model/isoDate.js';
import { exceptionSchema } from '../model/exception.js';
import { idSchema } from '../model/id.js';
import { planOptionsSchema } from '../plan/planOptionsSchema.js';

/**
 * The schema {@link RankOptions} are checked with.
 *
 * @internal
 */
export const rankOptionsSchema = strictObject({
  asOf: z.exactOptional(isoDateSchema),
  programs: z.exactOptional(z.array(idSchema)),
  include: z.exactOptional(z.array(z.enum(['in-progress', 'planned']))),
  exceptions: z.exactOptional(z.array(exceptionSchema)),
  plan: z.exactOptional(z.union([z.literal(false), z.omit(planOptionsSchema, { asOf: true, include: true, exceptions: true, alternatives: true, front: true })])),
});
