import * as z from 'zod';

const text = z.string().min(1);

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
export const learningOutcomeSchema = z.strictObject({
  id: text.exactOptional(),
  title: text,
  description: z.string().exactOptional(),
  skills: z
    .array(z.strictObject({ label: text, id: text.exactOptional(), framework: text.exactOptional() }))
    .exactOptional(),
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
export const microcredentialSchema = z.strictObject({
  learningOutcomes: z.array(learningOutcomeSchema).exactOptional(),
  assessment: z
    .strictObject({
      type: text,
      description: z.string().exactOptional(),
      mode: z.enum(['online', 'on-campus', 'blended']).exactOptional(),
      supervised: z.boolean().exactOptional(),
      identityVerified: z.boolean().exactOptional(),
    })
    .exactOptional(),
  qualityAssurance: z.array(z.strictObject({ type: text, description: z.string().exactOptional() })).exactOptional(),
  levelApplies: z.boolean().exactOptional(),
  entryRequirements: z.string().exactOptional(),
  stackability: z
    .strictObject({
      option: z.enum(['stand-alone', 'stackable']),
      towards: z.array(text).exactOptional(),
      description: z.string().exactOptional(),
    })
    .exactOptional(),
  furtherInformation: z.string().exactOptional(),
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
