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
  /** the achievement's id, unique in the record; exceptions and results name it */
  id: idSchema,
  /** the catalog unit it is an achievement of; give this or `externalId` */
  unit: z.exactOptional(idSchema),
  /**
   * for an achievement imported from elsewhere: an identity that a unit of the catalog lists in its
   * `externalIds`
   */
  externalId: z.exactOptional(strictObject({
    /** the system the identifier belongs to (`ob3`, `ctid`) */
    scheme: nonEmpty,
    /** the identifier in that system */
    id: nonEmpty,
  })),
  /** where it stands; in-progress and planned ones count only when the audit asks for look-ahead */
  status: z._default(z.enum({
    /** earned (the default) */
    completed: 'completed',
    /** being taken; counts only when the audit asks for look-ahead */
    'in-progress': 'in-progress',
    /** planned; counts only when the audit asks for look-ahead */
    planned: 'planned',
    /** taken and failed; never counts */
    failed: 'failed',
    /** left before it was finished; never counts */
    withdrawn: 'withdrawn',
  } as const), 'completed'),
  /** the day it was earned; a completed achievement needs it */
  earnedOn: z.exactOptional(isoDateSchema),
  /** the grade received */
  grade: z.exactOptional(strictObject({
    /** the scale the grade is on */
    scale: idSchema,
    /** the grade; must be on the scale */
    value: z.union([z.string(), z.number()]),
  })),
  /** the credits earned, where they differ from the unit's */
  credits: z.exactOptional(creditsSchema),
  /** who issued it, when not the unit's provider */
  issuer: z.exactOptional(idSchema),
  /** whether it has been verified; an object says how */
  verified: z.exactOptional(z.union([z.boolean(), strictObject({
    /** how it was verified (`vc-jwt`, `transcript`) */
    method: nonEmpty,
    /** who verified it */
    by: z.exactOptional(z.string()),
  })])),
  /** the day it stops being valid; not before `earnedOn` */
  expiresOn: z.exactOptional(isoDateSchema),
  /** the document it was imported from, for the audit trail */
  source: z.exactOptional(z.string()),
  /**
   * what an importer read from a standard document (`ob3`, `clr`, `ctdl`, `edc`) but credstack does not
   * model, kept unchanged for export; never read by the audit
   */
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
 * @useDeclaredType
 */
export type Achievement = z.infer<typeof achievementSchema>;

/**
 * An achievement as a caller may write it: `status` may be left out.
 *
 * @category Documents
 * @useDeclaredType
 */
export type AchievementInput = z.input<typeof achievementSchema>;
