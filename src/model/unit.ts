import * as z from 'zod/mini';
import { strictObject } from '../_internal/strictObject.js';
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
export const offeringSchema = strictObject({
  cost: z.exactOptional(
    strictObject({ amount: z.number().check(z.minimum(0)), currency: z.string().check(z.minLength(1)), asOf: z.exactOptional(isoDateSchema) }),
  ),
  duration: z.exactOptional(durationSchema),
  mode: z.exactOptional(z.enum(['online', 'on-campus', 'blended'])),
  starts: z.exactOptional(z.string()),
  terms: z.exactOptional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))),
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
export const unitSchema = strictObject({
  id: idSchema,
  kind: unitKindSchema,
  title: z.string(),
  description: z.exactOptional(z.string()),
  provider: z.exactOptional(idSchema),
  credits: z.exactOptional(creditsSchema),
  workload: z.exactOptional(strictObject({ hours: z.number().check(z.minimum(0)) })),
  level: z.exactOptional(strictObject({ framework: z.string().check(z.minLength(1)), value: z.number() })),
  subjects: z.exactOptional(z.array(z.string())),
  tags: z.exactOptional(z.array(z.string())),
  competencies: z.exactOptional(z.array(z.string())),
  offering: z.exactOptional(offeringSchema),
  prerequisites: z.exactOptional(requirementNodeSchema),
  validity: z.exactOptional(durationSchema),
  requirements: z.exactOptional(requirementNodeSchema),
  policies: z.exactOptional(policiesSchema),
  externalIds: z.exactOptional(z.array(strictObject({ scheme: z.string().check(z.minLength(1)), id: z.string().check(z.minLength(1)) }))),
  microcredential: z.exactOptional(microcredentialSchema),
  extensions: z.exactOptional(extensionsSchema),
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
