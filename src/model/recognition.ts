import * as z from 'zod/mini';
import { strictObject } from '../_internal/strictObject.js';
import { extensionsSchema } from './extensions.js';
import { idSchema } from './id.js';
import { isoDateSchema } from './isoDate.js';
import { durationSchema } from './duration.js';
import { creditsSchema } from './credits.js';
import { filterSchema } from './filter.js';
import { minGradeSchema } from './qualifiers.js';

/**
 * The schema of a {@link Recognition}.
 *
 * @category Schemas
 */
export const recognitionSchema = strictObject({
  /** the agreement's id, shown in results as the provenance of what it granted */
  id: idSchema,
  /** a readable name */
  title: z.exactOptional(z.string()),
  /** the receiving institution */
  institution: idSchema,
  /** the one program it applies to; every program of the institution when absent */
  program: z.exactOptional(idSchema),
  /** which (usually external) units' achievements it recognises */
  from: filterSchema,
  /** what each recognised achievement counts as; at least `units` or `credits` */
  grants: strictObject({
    /** local units it counts as */
    units: z.exactOptional(z.array(idSchema)),
    /** credit it is worth */
    credits: z.exactOptional(creditsSchema),
    /** tags the granted credit carries, so `select` nodes can pick it */
    tags: z.exactOptional(z.array(z.string())),
    /** subjects the granted credit carries */
    subjects: z.exactOptional(z.array(z.string())),
  }),
  /** what the achievement must meet to be recognised */
  conditions: z.exactOptional(
    strictObject({
      /** the lowest grade recognised */
      minGrade: z.exactOptional(minGradeSchema),
      /** only achievements earned within this long before the audit date */
      earnedWithin: z.exactOptional(durationSchema),
      /** `true`: only verified achievements */
      verified: z.exactOptional(z.boolean()),
      /** the issuer must have been accredited by this body on the day the achievement was earned */
      issuerAccreditedBy: z.exactOptional(idSchema),
    }),
  ),
  /** caps on what this agreement grants to one learner */
  limits: z.exactOptional(strictObject({
    /** at most these credits in all */
    credits: z.exactOptional(z.number().check(z.minimum(0))),
    /** at most this many achievements */
    count: z.exactOptional(z.number().check(z.int(), z.minimum(0))),
  })),
  /** the first day achievements may have been earned to count */
  validFrom: z.exactOptional(isoDateSchema),
  /** the last day achievements may have been earned to count */
  validUntil: z.exactOptional(isoDateSchema),
  /**
   * what an importer read from a standard document (`ob3`, `clr`, `ctdl`, `edc`) but credstack does not
   * model, kept unchanged for export; never read by the audit
   */
  extensions: z.exactOptional(extensionsSchema),
});

/**
 * A credit-transfer or pathway agreement: achievements of the units picked by
 * `from` count, at the receiving `institution` (and only toward `program`
 * when one is named), as the local units and/or credit in `grants`, when the
 * `conditions` hold, up to the `limits`, for achievements earned while the
 * agreement is in force (`validFrom` to `validUntil`, inclusive).
 *
 * @example
 * ```ts
 * const hes: Recognition = {
 *   id: 'hes-scm', institution: 'harvard-extension', from: { ids: ['mitx-scm-micromasters'] },
 *   grants: { credits: { value: 16, system: 'us-semester' }, tags: ['management-elective'] },
 * };
 * ```
 *
 * @category Documents
 * @useDeclaredType
 */
export type Recognition = z.infer<typeof recognitionSchema>;
