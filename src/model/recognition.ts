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
  id: idSchema,
  title: z.exactOptional(z.string()),
  institution: idSchema,
  program: z.exactOptional(idSchema),
  from: filterSchema,
  grants: strictObject({
    units: z.exactOptional(z.array(idSchema)),
    credits: z.exactOptional(creditsSchema),
    tags: z.exactOptional(z.array(z.string())),
    subjects: z.exactOptional(z.array(z.string())),
  }),
  conditions: z.exactOptional(
    strictObject({
      minGrade: z.exactOptional(minGradeSchema),
      earnedWithin: z.exactOptional(durationSchema),
      verified: z.exactOptional(z.boolean()),
      issuerAccreditedBy: z.exactOptional(idSchema),
    }),
  ),
  limits: z.exactOptional(strictObject({ credits: z.exactOptional(z.number().check(z.minimum(0))), count: z.exactOptional(z.number().check(z.int(), z.minimum(0))) })),
  validFrom: z.exactOptional(isoDateSchema),
  validUntil: z.exactOptional(isoDateSchema),
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
 */
export type Recognition = z.infer<typeof recognitionSchema>;
