import * as z from 'zod';
import { isoDateSchema } from '../model/isoDate.js';
import { exceptionSchema } from '../model/exception.js';

/**
 * The schema of {@link AuditOptions}, for checking what callers pass.
 *
 * @internal
 */
export const auditOptionsSchema = z.strictObject({
  asOf: isoDateSchema.exactOptional(),
  include: z.array(z.enum(['in-progress', 'planned'])).exactOptional(),
  exceptions: z.array(exceptionSchema).exactOptional(),
  stepBudget: z.number().int().min(1).exactOptional(),
});
