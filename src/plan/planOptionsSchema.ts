import * as z from 'zod/mini';
import { strictObject } from '../_internal/strictObject.js';
import { isoDateSchema } from '../model/isoDate.js';
import { durationSchema } from '../model/duration.js';
import { exceptionSchema } from '../model/exception.js';
import { idSchema } from '../model/id.js';

const mode = z.enum(['online', 'on-campus', 'blended']);
const weight = z.number().check(z.minimum(0), z.maximum(1e12));

/**
 * The schema {@link PlanOptions} are checked with.
 *
 * @internal
 */
export const planOptionsSchema = strictObject({
  asOf: z.exactOptional(isoDateSchema),
  start: z.exactOptional(isoDateSchema),
  objective: z.exactOptional(
    z.union([
      z.enum(['cost', 'time', 'credits', 'count']),
      z
        .strictObject({ cost: z.exactOptional(weight), time: z.exactOptional(weight), credits: z.exactOptional(weight), count: z.exactOptional(weight) })
        .check(z.refine((w) => Object.values(w).some((v) => v > 0), { message: 'give at least one measure a weight above 0' })),
    ]),
  ),
  currency: z.exactOptional(z.string().check(z.minLength(1))),
  rates: z.exactOptional(z.record(z.string().check(z.minLength(1)), z.number().check(z.positive(), z.maximum(1e12)))),
  budget: z.exactOptional(z.number().check(z.minimum(0))),
  latest: z.exactOptional(isoDateSchema),
  avoid: z.exactOptional(
    strictObject({ units: z.exactOptional(z.array(idSchema)), providers: z.exactOptional(z.array(idSchema)), modes: z.exactOptional(z.array(mode)) }),
  ),
  prefer: z.exactOptional(strictObject({ providers: z.exactOptional(z.array(idSchema)), modes: z.exactOptional(z.array(mode)) })),
  calendar: z.exactOptional(
    strictObject({
      termLength: z.exactOptional(
        durationSchema.check(z.refine((d) => /[1-9]/.test(d), { message: 'a term must last at least a day (P0D and the like are not terms)' })),
      ),
      labels: z.exactOptional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1), z.maxLength(52))),
      perTerm: z.exactOptional(z.number().check(z.int(), z.minimum(1), z.maximum(1000))),
    }),
  ),
  include: z.exactOptional(z.array(z.enum(['in-progress', 'planned']))),
  exceptions: z.exactOptional(z.array(exceptionSchema)),
  alternatives: z.exactOptional(z.number().check(z.int(), z.minimum(0), z.maximum(20))),
  front: z.exactOptional(z.boolean()),
  stepBudget: z.exactOptional(z.number().check(z.int(), z.minimum(1))),
});
