import * as z from 'zod/mini';
import { strictObject } from '../_internal/strictObject.js';
import { idSchema } from './id.js';
import { isoDateSchema } from './isoDate.js';
import { durationSchema } from './duration.js';
import { applyLimitSchema } from './applyLimit.js';

const share = z.number().check(z.minimum(0), z.maximum(1));
const count = z.number().check(z.int(), z.minimum(0));
const amount = z.number().check(z.minimum(0));

/**
 * A minimum grade on a grade scale of the catalog.
 *
 * @category Schemas
 */
export const minGradeSchema = strictObject({ scale: idSchema, grade: z.union([z.string(), z.number()]) });

/**
 * At most so much may come through recognitions (credit transfer).
 *
 * @category Schemas
 */
export const recognizedCapSchema = strictObject({
  credits: z.exactOptional(amount),
  count: z.exactOptional(count),
  share: z.exactOptional(share),
});

/**
 * What a node may narrow or test. See the rule-language reference in
 * `docs/rules.md` for each qualifier's meaning.
 *
 * @category Schemas
 */
export const qualifiersShape = {
  minGrade: z.exactOptional(minGradeSchema),
  minGpa: z.exactOptional(z.number().check(z.minimum(0))),
  earnedWithin: z.exactOptional(durationSchema),
  earnedBetween: z.exactOptional(strictObject({ from: z.exactOptional(isoDateSchema), until: z.exactOptional(isoDateSchema) })),
  verified: z.exactOptional(z.literal(true)),
  maxRecognized: z.exactOptional(recognizedCapSchema),
  maxPer: z.exactOptional(strictObject({ by: z.enum(['subject', 'provider']), count: z.exactOptional(count), credits: z.exactOptional(amount) })),
  minDistinct: z.exactOptional(strictObject({ by: z.enum(['subject', 'provider', 'tag', 'kind']), count: count })),
  limits: z.exactOptional(z.array(applyLimitSchema).check(z.minLength(1))),
  share: z.exactOptional(z.boolean()),
  from: z.exactOptional(z.enum(['eligible', 'claimed'])),
};

/**
 * A minimum grade: `{ scale: 'us-letter', grade: 'B' }`.
 *
 * @category Documents
 */
export type MinGrade = z.infer<typeof minGradeSchema>;

/**
 * A cap on what may come through recognitions: credits, a count, or a share
 * (0 to 1) of what is applied.
 *
 * @category Documents
 */
export type RecognizedCap = z.infer<typeof recognizedCapSchema>;

/**
 * The qualifiers any requirement node may carry.
 *
 * @category Documents
 */
export type Qualifiers = z.infer<z.ZodMiniObject<typeof qualifiersShape>>;
