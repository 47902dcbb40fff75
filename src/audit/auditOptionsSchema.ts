import * as z from 'zod/mini';
import { strictObject } from '../_internal/strictObject.js';
import { isoDateSchema } from '../model/isoDate.js';
import { exceptionSchema } from '../model/exception.js';

/**
 * The schema of {@link AuditOptions}, for checking what callers pass.
 *
 * @internal
 */
export const auditOptionsSchema = strictObject({
  asOf: z.exactOptional(isoDateSchema),
  include: z.exactOptional(z.array(z.enum(['in-progress', 'planned']))),
  exceptions: z.exactOptional(z.array(exceptionSchema)),
  stepBudget: z.exactOptional(z.number().check(z.int(), z.minimum(1))),
});
