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
  /** the JSON Schema the document follows, for editors; not otherwise used */
  $schema: z.exactOptional(z.string()),
  /** an identifier for this record, for your own bookkeeping */
  id: z.exactOptional(z.string()),
  /** who the record belongs to */
  learner: z.exactOptional(strictObject({
    /** the learner's id in your systems */
    id: idSchema,
    /** the learner's name */
    name: z.exactOptional(z.string()),
  })),
  /** what the learner earned, is taking or plans to take */
  achievements: z.array(achievementSchema),
  /** what advisors decided by hand */
  exceptions: z.exactOptional(z.array(exceptionSchema)),
});

/**
 * A learner's achievements (earned, in progress, planned) and the exceptions
 * advisors granted.
 *
 * @category Documents
 * @useDeclaredType
 */
export type LearnerRecord = z.infer<typeof recordDocumentSchema>;

/**
 * A record as a caller may write it (defaults may be left out).
 *
 * @category Documents
 * @useDeclaredType
 */
export type LearnerRecordInput = z.input<typeof recordDocumentSchema>;
