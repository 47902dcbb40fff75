import * as z from 'zod';
import { isoDateSchema } from '../model/isoDate.js';
import { durationSchema } from '../model/duration.js';
import { exceptionSchema } from '../model/exception.js';
import { idSchema } from '../model/id.js';

const mode = z.enum(['online', 'on-campus', 'blended']);
const weight = z.number().min(0).max(1e12);

/**
 * The schema {@link PlanOptions} are checked with.
 *
 * @internal
 */
export const planOptionsSchema = z.strictObject({
  asOf: isoDateSchema.exactOptional(),
  start: isoDateSchema.exactOptional(),
  objective: z
    .union([
      z.enum(['cost', 'time', 'credits', 'count']),
      z
        .strictObject({ cost: weight.exactOptional(), time: weight.exactOptional(), credits: weight.exactOptional(), count: weight.exactOptional() })
        .refine((w) => Object.values(w).some((v) => v > 0), { message: 'give at least one measure a weight above 0' }),
    ])
    .exactOptional(),
  currency: z.string().min(1).exactOptional(),
  rates: z.record(z.string().min(1), z.number().positive().max(1e12)).exactOptional(),
  budget: z.number().min(0).exactOptional(),
  latest: isoDateSchema.exactOptional(),
  avoid: z
    .strictObject({ units: z.array(idSchema).exactOptional(), providers: z.array(idSchema).exactOptional(), modes: z.array(mode).exactOptional() })
    .exactOptional(),
  prefer: z.strictObject({ providers: z.array(idSchema).exactOptional(), modes: z.array(mode).exactOptional() }).exactOptional(),
  calendar: z
    .strictObject({
      termLength: durationSchema
        .refine((d) => /[1-9]/.test(d), { message: 'a term must last at least a day (P0D and the like are not terms)' })
        .exactOptional(),
      labels: z.array(z.string().min(1)).min(1).max(52).exactOptional(),
      perTerm: z.number().int().min(1).max(1000).exactOptional(),
    })
    .exactOptional(),
  include: z.array(z.enum(['in-progress', 'planned'])).exactOptional(),
  exceptions: z.array(exceptionSchema).exactOptional(),
  alternatives: z.number().int().min(0).max(20).exactOptional(),
  front: z.boolean().exactOptional(),
  stepBudget: z.number().int().min(1).exactOptional(),
});
