import * as z from 'zod/mini';
import { strictObject } from '../_internal/strictObject.js';
import { idSchema } from './id.js';
import { achievementSchema } from './achievement.js';
import { exceptionSchema } from './exception.js';

/**
 * The schema of a {@link LearnerRecord}.
 *
 * @category Schemas
 */
export const recordDocumentSchema = strictObject({
  $schema: z.exactOptional(z.string()),
  id: z.exactOptional(z.string()),
  learner: z.exactOptional(strictObject({ id: idSchema, name: z.exactOptional(z.string()) })),
  achievements: z.array(achievementSchema),
  exceptions: z.exactOptional(z.array(exceptionSchema)),
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
