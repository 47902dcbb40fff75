import * as z from 'zod/mini';
import { strictObject } from '../_internal/strictObject.js';
import { extensionsSchema } from './extensions.js';
import { idSchema } from './id.js';
import { isoDateSchema } from './isoDate.js';

/**
 * The schema of an {@link Accreditation}.
 *
 * @category Schemas
 */
export const accreditationSchema = strictObject({
  by: idSchema,
  from: z.exactOptional(isoDateSchema),
  until: z.exactOptional(isoDateSchema),
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
export const organisationSchema = strictObject({
  id: idSchema,
  name: z.string(),
  country: z.exactOptional(z.string()),
  kind: z.exactOptional(z.enum(['university', 'platform', 'employer', 'accreditor', 'consortium', 'other'])),
  accreditations: z.exactOptional(z.array(accreditationSchema)),
  externalIds: z.exactOptional(z.array(strictObject({ scheme: z.string().check(z.minLength(1)), id: z.string().check(z.minLength(1)) }))),
  extensions: z.exactOptional(extensionsSchema),
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
