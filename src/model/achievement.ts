import * as z from 'zod/mini';
import { strictObject } from '../_internal/strictObject.js';
import { extensionsSchema } from './extensions.js';
import { idSchema } from './id.js';
import { isoDateSchema } from './isoDate.js';
import { creditsSchema } from './credits.js';

const nonEmpty = z.string().check(z.minLength(1));

/**
 * The schema of an {@link Achievement}.
 *
 * @category Schemas
 */
export const achievementSchema = strictObject({
  id: idSchema,
  unit: z.exactOptional(idSchema),
  externalId: z.exactOptional(strictObject({ scheme: nonEmpty, id: nonEmpty })),
  status: z._default(z.enum(['completed', 'in-progress', 'planned', 'failed', 'withdrawn']), 'completed'),
  earnedOn: z.exactOptional(isoDateSchema),
  grade: z.exactOptional(strictObject({ scale: idSchema, value: z.union([z.string(), z.number()]) })),
  credits: z.exactOptional(creditsSchema),
  issuer: z.exactOptional(idSchema),
  verified: z.exactOptional(z.union([z.boolean(), strictObject({ method: nonEmpty, by: z.exactOptional(z.string()) })])),
  expiresOn: z.exactOptional(isoDateSchema),
  source: z.exactOptional(z.string()),
  extensions: z.exactOptional(extensionsSchema),
});

/**
 * One thing a learner earned, is taking, or plans to take. `unit` names the
 * catalog unit; an achievement imported from elsewhere may instead carry an
 * `externalId` that a unit of the catalog lists. `status` defaults to
 * `completed`; a completed achievement needs `earnedOn`.
 *
 * @example
 * ```ts
 * const a: Achievement = {
 *   id: 'a1', unit: 'SC0x', status: 'completed', earnedOn: '2023-05-20',
 *   grade: { scale: 'percent', value: 86 }, verified: { method: 'vc-jwt' },
 * };
 * ```
 *
 * @category Documents
 */
export type Achievement = z.infer<typeof achievementSchema>;

/**
 * An achievement as a caller may write it: `status` may be left out.
 *
 * @category Documents
 */
export type AchievementInput = z.input<typeof achievementSchema>;
