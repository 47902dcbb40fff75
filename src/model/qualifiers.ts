import * as z from 'zod';
import { idSchema } from './id.js';
import { isoDateSchema } from './isoDate.js';
import { durationSchema } from './duration.js';
import { applyLimitSchema } from './applyLimit.js';

const share = z.number().min(0).max(1);
const count = z.number().int().min(0);
const amount = z.number().min(0);

/**
 * A minimum grade on a grade scale of the catalog.
 *
 * @category Schemas
 */
export const minGradeSchema = z.strictObject({ scale: idSchema, grade: z.union([z.string(), z.number()]) });

/**
 * At most so much may come through recognitions (credit transfer).
 *
 * @category Schemas
 */
export const recognizedCapSchema = z.strictObject({
  credits: amount.exactOptional(),
  count: count.exactOptional(),
  share: share.exactOptional(),
});

/**
 * What a node may narrow or test. See the rule-language reference in
 * `docs/rules.md` for each qualifier's meaning.
 *
 * @category Schemas
 */
export const qualifiersShape = {
  minGrade: minGradeSchema.exactOptional(),
  minGpa: z.number().min(0).exactOptional(),
  earnedWithin: durationSchema.exactOptional(),
  earnedBetween: z.strictObject({ from: isoDateSchema.exactOptional(), until: isoDateSchema.exactOptional() }).exactOptional(),
  verified: z.literal(true).exactOptional(),
  maxRecognized: recognizedCapSchema.exactOptional(),
  maxPer: z
    .strictObject({ by: z.enum(['subject', 'provider']), count: count.exactOptional(), credits: amount.exactOptional() })
    .exactOptional(),
  minDistinct: z.strictObject({ by: z.enum(['subject', 'provider', 'tag', 'kind']), count: count }).exactOptional(),
  limits: z.array(applyLimitSchema).min(1).exactOptional(),
  share: z.boolean().exactOptional(),
  from: z.enum(['eligible', 'claimed']).exactOptional(),
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
export type Qualifiers = z.infer<z.ZodObject<typeof qualifiersShape>>;
