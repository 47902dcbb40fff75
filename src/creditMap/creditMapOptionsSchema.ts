import * as z from 'zod';
import { idSchema } from '../model/id.js';
import { isoDateSchema } from '../model/isoDate.js';

/**
 * The schema of {@link CreditMapOptions}.
 *
 * @internal
 */
export const creditMapOptionsSchema = z.strictObject({
  programs: z.array(idSchema).exactOptional(),
  credentials: z.array(idSchema).exactOptional(),
  asOf: isoDateSchema.exactOptional(),
});
