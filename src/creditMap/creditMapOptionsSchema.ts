import * as z from 'zod/mini';
import { strictObject } from '../_internal/strictObject.js';
import { idSchema } from '../model/id.js';
import { isoDateSchema } from '../model/isoDate.js';

/**
 * The schema of {@link CreditMapOptions}.
 *
 * @internal
 */
export const creditMapOptionsSchema = strictObject({
  programs: z.exactOptional(z.array(idSchema)),
  credentials: z.exactOptional(z.array(idSchema)),
  asOf: z.exactOptional(isoDateSchema),
});
