import * as z from 'zod';
import { extensionsSchema } from './extensions.js';
import { idSchema } from './id.js';
import { isoDateSchema } from './isoDate.js';

/**
 * The schema of an {@link Accreditation}.
 *
 * @category Schemas
 */
export const accreditationSchema = z.strictObject({
  by: idSchema,
  from: isoDateSchema.exactOptional(),
  until: isoDateSchema.exactOptional(),
});

/**
 * That an organisation (`by`) recognises another, from one date until
 * another (both inclusive, both optional).
 *
 * @category Documents
 */
export type Accreditation = z.infer<typeof accreditationSchema>;

/**
 * The schema of an {@link Organisation}.
 *
 * @category Schemas
 */
export const organisationSchema = z.strictObject({
  id: idSchema,
  name: z.string(),
  country: z.string().exactOptional(),
  kind: z.enum(['university', 'platform', 'employer', 'accreditor', 'consortium', 'other']).exactOptional(),
  accreditations: z.array(accreditationSchema).exactOptional(),
  externalIds: z.array(z.strictObject({ scheme: z.string().min(1), id: z.string().min(1) })).exactOptional(),
  extensions: extensionsSchema.exactOptional(),
});

/**
 * A university, platform, employer, accreditor or consortium.
 *
 * @example
 * ```ts
 * const mit: Organisation = { id: 'mit', name: 'Massachusetts Institute of Technology', country: 'US', kind: 'university' };
 * ```
 *
 * @category Documents
 */
export type Organisation = z.infer<typeof organisationSchema>;
