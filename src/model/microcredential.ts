import * as z from 'zod/mini';
import { strictObject } from '../_internal/strictObject.js';

const text = z.string().check(z.minLength(1));

/**
 * The schema of a {@link LearningOutcome}.
 *
 * @example
 * ```ts
 * learningOutcomeSchema.safeParse({ title: 'Read a chart critically' }).success; // true
 * ```
 *
 * @category Schemas
 */
export const learningOutcomeSchema = strictObject({
  id: z.exactOptional(text),
  title: text,
  description: z.exactOptional(z.string()),
  skills: z.exactOptional(z.array(strictObject({ label: text, id: z.exactOptional(text), framework: z.exactOptional(text) }))),
});

/**
 * One learning outcome: what a learner knows, understands or can do after
 * earning the unit, with the skills of a taxonomy (such as ESCO) it
 * relates to.
 *
 * @example
 * ```ts
 * const outcome: LearningOutcome = {
 *   title: 'Interpret attachment research',
 *   skills: [{ label: 'developmental psychology', framework: 'ESCO', id: 'http://data.europa.eu/esco/skill/…' }],
 * };
 * ```
 *
 * @category Documents
 */
export type LearningOutcome = z.infer<typeof learningOutcomeSchema>;

/**
 * The schema of a unit's {@link Microcredential} block.
 *
 * @example
 * ```ts
 * microcredentialSchema.safeParse({ assessment: { mode: 'online' } }).success; // false: an assessment needs its type
 * ```
 *
 * @category Schemas
 */
export const microcredentialSchema = strictObject({
  learningOutcomes: z.exactOptional(z.array(learningOutcomeSchema)),
  assessment: z.exactOptional(
    strictObject({
      type: text,
      description: z.exactOptional(z.string()),
      mode: z.exactOptional(z.enum(['online', 'on-campus', 'blended'])),
      supervised: z.exactOptional(z.boolean()),
      identityVerified: z.exactOptional(z.boolean()),
    }),
  ),
  qualityAssurance: z.exactOptional(z.array(strictObject({ type: text, description: z.exactOptional(z.string()) }))),
  levelApplies: z.exactOptional(z.boolean()),
  entryRequirements: z.exactOptional(z.string()),
  stackability: z.exactOptional(
    strictObject({
      option: z.enum(['stand-alone', 'stackable']),
      towards: z.exactOptional(z.array(text)),
      description: z.exactOptional(z.string()),
    }),
  ),
  furtherInformation: z.exactOptional(z.string()),
});

/**
 * What a unit says about itself as a micro-credential, beyond the fields
 * every unit has, so that it can carry each element of the EU Council
 * Recommendation on micro-credentials (2022/C 243/02): learning outcomes,
 * the type of assessment (with its supervision and identity verification),
 * the type of quality assurance, whether a level applies, entry
 * requirements in words, integration and stackability, and further
 * information. Every field is optional, so that a catalog can be filled
 * in step by step; {@link missingMicrocredentialElements} says which
 * mandatory elements a unit still lacks. See
 * `docs/interop/eu-microcredentials.md` for where each element lives.
 *
 * @example
 * ```ts
 * const block: Microcredential = {
 *   learningOutcomes: [{ title: 'Explain the stages of child development' }],
 *   assessment: { type: 'Written exam', mode: 'online', supervised: true, identityVerified: true },
 *   qualityAssurance: [{ type: 'Internal quality assurance under the ESG' }],
 *   stackability: { option: 'stackable', towards: ['BSc Psychology'] },
 * };
 * ```
 *
 * @category Documents
 */
export type Microcredential = z.infer<typeof microcredentialSchema>;
