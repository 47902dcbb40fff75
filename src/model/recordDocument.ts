import * as z from 'zod';
import { idSchema } from './id.js';
import { achievementSchema } from './achievement.js';
import { exceptionSchema } from './exception.js';

/**
 * The schema of a {@link LearnerRecord}.
 *
 * @category Schemas
 */
export const recordDocumentSchema = z.strictObject({
  $schema: z.string().exactOptional(),
  id: z.string().exactOptional(),
  learner: z.strictObject({ id: idSchema, name: z.string().exactOptional() }).exactOptional(),
  achievements: z.array(achievementSchema),
  exceptions: z.array(exceptionSchema).exactOptional(),
});

/**
 * A learner's achievements (earned, in progress, planned) and the exceptions
 * advisors granted.
 *
 * @category Documents
 */
export type LearnerRecord = z.infer<typeof recordDocumentSchema>;

/**
 * A record as a caller may write it (defaults may be left out).
 *
 * @category Documents
 */
export type LearnerRecordInput = z.input<typeof recordDocumentSchema>;
