import * as z from 'zod';
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
export const recognitionSchema = z.strictObject({
  id: idSchema,
  title: z.string().exactOptional(),
  institution: idSchema,
  program: idSchema.exactOptional(),
  from: filterSchema,
  grants: z.strictObject({
    units: z.array(idSchema).exactOptional(),
    credits: creditsSchema.exactOptional(),
    tags: z.array(z.string()).exactOptional(),
    subjects: z.array(z.string()).exactOptional(),
  }),
  conditions: z
    .strictObject({
      minGrade: minGradeSchema.exactOptional(),
      earnedWithin: durationSchema.exactOptional(),
      verified: z.boolean().exactOptional(),
      issuerAccreditedBy: idSchema.exactOptional(),
    })
    .exactOptional(),
  limits: z.strictObject({ credits: z.number().min(0).exactOptional(), count: z.number().int().min(0).exactOptional() }).exactOptional(),
  validFrom: isoDateSchema.exactOptional(),
  validUntil: isoDateSchema.exactOptional(),
  extensions: extensionsSchema.exactOptional(),
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
