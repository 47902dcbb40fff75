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
export const minGradeSchema = strictObject({
  /**
   * the scale the bar is on; grades on other scales are converted only where the catalog states a conversion
   */
  scale: idSchema,
  /** the lowest acceptable grade; must be on the scale */
  grade: z.union([z.string(), z.number()]),
});

/**
 * At most so much may come through recognitions (credit transfer).
 *
 * @category Schemas
 */
export const recognizedCapSchema = strictObject({
  /** at most these credits */
  credits: z.exactOptional(amount),
  /** at most this many achievements */
  count: z.exactOptional(count),
  /** at most this share of what is applied here */
  share: z.exactOptional(share),
});

/**
 * What a node may narrow or test. See the rule-language reference in
 * `docs/rules.md` for each qualifier's meaning.
 *
 * @category Schemas
 */
export const qualifiersShape = {
  /** only achievements graded at least this well count here */
  minGrade: z.exactOptional(minGradeSchema),
  /**
   * the grade-point average (credit-weighted unless the program's `gpaMean` is `plain`) of what counts here
   * must reach this
   */
  minGpa: z.exactOptional(z.number().check(z.minimum(0))),
  /** only achievements earned within this long before the audit date count here (`P5Y`) */
  earnedWithin: z.exactOptional(durationSchema),
  /** only achievements earned in this period count here */
  earnedBetween: z.exactOptional(strictObject({
    /** the first day of the period */
    from: z.exactOptional(isoDateSchema),
    /** the last day of the period */
    until: z.exactOptional(isoDateSchema),
  })),
  /**
   * only verified achievements count here: one the record marks `verified`, a composite whose parts all are,
   * credit granted from a verified source
   */
  verified: z.exactOptional(z.literal(true)),
  /** at most this much of what counts here may come through recognitions (credit transfer) */
  maxRecognized: z.exactOptional(recognizedCapSchema),
  /** at most so much from any one subject or provider */
  maxPer: z.exactOptional(strictObject({
    /** what to group by */
    by: z.enum({
      /** group by subject */
      subject: 'subject',
      /** group by provider */
      provider: 'provider',
    } as const),
    /** at most this many achievements from each group */
    count: z.exactOptional(count),
    /** at most these credits from each group */
    credits: z.exactOptional(amount),
  })),
  /**
   * what counts here must span at least so many subjects, providers, tags or kinds, each achievement standing
   * for one of its own
   */
  minDistinct: z.exactOptional(strictObject({
    /** what to count (every subject or tag a unit has) */
    by: z.enum({
      /** count the subjects of the units */
      subject: 'subject',
      /** count the providers of the units */
      provider: 'provider',
      /** count the tags of the units */
      tag: 'tag',
      /** count the kinds of the units */
      kind: 'kind',
    } as const),
    /** how many different ones are needed */
    count: count,
  })),
  /**
   * limits on what is applied of some kind of unit (a cap at a leaf, a test on an inner node); at least one
   */
  limits: z.exactOptional(z.array(applyLimitSchema).check(z.minLength(1))),
  /**
   * `true` makes the node an overlay: it looks at achievements without using them up, so they still count
   * elsewhere ("two writing-intensive courses")
   */
  share: z.exactOptional(z.boolean()),
  /**
   * on an overlay (`share: true`): what it looks at, every eligible achievement (the default) or only those
   * the rest of the program applies
   */
  from: z.exactOptional(z.enum({
    /** every eligible achievement (the default) */
    eligible: 'eligible',
    /** only what the rest of the program applies */
    claimed: 'claimed',
  } as const)),
};

/**
 * A minimum grade: `{ scale: 'us-letter', grade: 'B' }`.
 *
 * @category Documents
 * @useDeclaredType
 */
export type MinGrade = z.infer<typeof minGradeSchema>;

/**
 * A cap on what may come through recognitions: credits, a count, or a share
 * (0 to 1) of what is applied.
 *
 * @category Documents
 * @useDeclaredType
 */
export type RecognizedCap = z.infer<typeof recognizedCapSchema>;

/**
 * The qualifiers any requirement node may carry.
 *
 * @category Documents
 * @useDeclaredType
 */
export type Qualifiers = z.infer<z.ZodMiniObject<typeof qualifiersShape>>;
