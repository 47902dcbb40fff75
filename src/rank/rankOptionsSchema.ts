import * as z from 'zod';
import { isoDateSchema } from '../model/isoDate.js';
import { exceptionSchema } from '../model/exception.js';
import { idSchema } from '../model/id.js';
import { planOptionsSchema } from '../plan/planOptionsSchema.js';

/**
 * The schema {@link RankOptions} are checked with.
 *
 * @internal
 */
export const rankOptionsSchema = z.strictObject({
  asOf: isoDateSchema.exactOptional(),
  programs: z.array(idSchema).exactOptional(),
  include: z.array(z.enum(['in-progress', 'planned'])).exactOptional(),
  exceptions: z.array(exceptionSchema).exactOptional(),
  plan: z.union([z.literal(false), planOptionsSchema.omit({ asOf: true, include: true, exceptions: true, alternatives: true, front: true })]).exactOptional(),
});
