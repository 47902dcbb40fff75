import * as z from 'zod';
import { extensionsSchema } from './extensions.js';
import { idSchema } from './id.js';
import { isoDateSchema } from './isoDate.js';
import { creditsSchema } from './credits.js';

/**
 * The schema of an {@link Achievement}.
 *
 * @category Schemas
 */
export const achievementSchema = z.strictObject({
  id: idSchema,
  unit: idSchema.exactOptional(),
  externalId: z.strictObject({ scheme: z.string().min(1), id: z.string().min(1) }).exactOptional(),
  status: z.enum(['completed', 'in-progress', 'planned', 'failed', 'withdrawn']).default('completed'),
  earnedOn: isoDateSchema.exactOptional(),
  grade: z.strictObject({ scale: idSchema, value: z.union([z.string(), z.number()]) }).exactOptional(),
  credits: creditsSchema.exactOptional(),
  issuer: idSchema.exactOptional(),
  verified: z.union([z.boolean(), z.strictObject({ method: z.string().min(1), by: z.string().exactOptional() })]).exactOptional(),
  expiresOn: isoDateSchema.exactOptional(),
  source: z.string().exactOptional(),
  extensions: extensionsSchema.exactOptional(),
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
