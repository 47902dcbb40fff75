import * as z from 'zod';
import { extensionsSchema } from './extensions.js';
import { idSchema } from './id.js';
import { isoDateSchema } from './isoDate.js';
import { durationSchema } from './duration.js';
import { creditsSchema } from './credits.js';
import { unitKindSchema } from './unitKind.js';
import { requirementNodeSchema } from './requirement.js';
import { policiesSchema } from './policies.js';
import { microcredentialSchema } from './microcredential.js';

/**
 * The schema of an {@link Offering}.
 *
 * @category Schemas
 */
export const offeringSchema = z.strictObject({
  cost: z
    .strictObject({ amount: z.number().min(0), currency: z.string().min(1), asOf: isoDateSchema.exactOptional() })
    .exactOptional(),
  duration: durationSchema.exactOptional(),
  mode: z.enum(['online', 'on-campus', 'blended']).exactOptional(),
  starts: z.string().exactOptional(),
  terms: z.array(z.string().min(1)).min(1).exactOptional(),
});

/**
 * How a unit can be taken: its cost (with the date the figure was seen), its
 * duration, its mode, how often it starts (in words), and the terms it runs
 * in (labels a plan's calendar names, such as `fall`; absent, every term).
 *
 * @category Documents
 */
export type Offering = z.infer<typeof offeringSchema>;

/**
 * The schema of a {@link Unit}.
 *
 * @category Schemas
 */
export const unitSchema = z.strictObject({
  id: idSchema,
  kind: unitKindSchema,
  title: z.string(),
  description: z.string().exactOptional(),
  provider: idSchema.exactOptional(),
  credits: creditsSchema.exactOptional(),
  workload: z.strictObject({ hours: z.number().min(0) }).exactOptional(),
  level: z.strictObject({ framework: z.string().min(1), value: z.number() }).exactOptional(),
  subjects: z.array(z.string()).exactOptional(),
  tags: z.array(z.string()).exactOptional(),
  competencies: z.array(z.string()).exactOptional(),
  offering: offeringSchema.exactOptional(),
  prerequisites: requirementNodeSchema.exactOptional(),
  validity: durationSchema.exactOptional(),
  requirements: requirementNodeSchema.exactOptional(),
  policies: policiesSchema.exactOptional(),
  externalIds: z.array(z.strictObject({ scheme: z.string().min(1), id: z.string().min(1) })).exactOptional(),
  microcredential: microcredentialSchema.exactOptional(),
  extensions: extensionsSchema.exactOptional(),
});

/**
 * Anything a person can earn: a course, module, assessment, micro-credential,
 * badge, certificate, certification, degree or experience. A unit with
 * `requirements` is a composite credential (a stack); a program is such a
 * unit of kind `degree` or `certificate`. `microcredential` carries what the
 * EU micro-credential elements add to the fields every unit has.
 *
 * @example
 * ```ts
 * const sc0x: Unit = {
 *   id: 'SC0x', kind: 'course', title: 'Supply Chain Analytics', provider: 'mitx',
 *   offering: { cost: { amount: 150, currency: 'USD', asOf: '2019-01-01' }, duration: 'P13W', mode: 'online' },
 * };
 * ```
 *
 * @category Documents
 */
export type Unit = z.infer<typeof unitSchema>;
