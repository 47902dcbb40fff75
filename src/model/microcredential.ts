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
  /** the outcome's identifier where it has one (a URI) */
  id: z.exactOptional(text),
  /** the outcome, in a sentence */
  title: text,
  /** a longer statement of it */
  description: z.exactOptional(z.string()),
  /** the skills of a taxonomy the outcome relates to */
  skills: z.exactOptional(z.array(strictObject({
    /** the skill's name (`manage frustration`) */
    label: text,
    /** the skill's identifier in its taxonomy (an ESCO URI) */
    id: z.exactOptional(text),
    /** the taxonomy (`ESCO`) */
    framework: z.exactOptional(text),
  }))),
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
 * @useDeclaredType
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
  /** what a learner knows, understands or can do after earning the unit */
  learningOutcomes: z.exactOptional(z.array(learningOutcomeSchema)),
  /** how the learning is assessed */
  assessment: z.exactOptional(
    strictObject({
      /** the type of assessment (`written exam`, `graded exercises`, `project`, `portfolio`) */
      type: text,
      /** more about it (the assessment's title, what it covers) */
      description: z.exactOptional(z.string()),
      /** where the assessment takes place (on-campus is the Recommendation's "onsite") */
      mode: z.exactOptional(z.enum({
        /** assessed online */
        online: 'online',
        /** assessed on site */
        'on-campus': 'on-campus',
        /** assessed partly online, partly on site */
        blended: 'blended',
      } as const)),
      /** whether the assessment is supervised */
      supervised: z.exactOptional(z.boolean()),
      /** whether the learner's identity is verified during the assessment */
      identityVerified: z.exactOptional(z.boolean()),
    }),
  ),
  /** the types of quality assurance that underpin the unit */
  qualityAssurance: z.exactOptional(z.array(strictObject({
    /** the type (`internal quality assurance under the ESG`, `programme accreditation`) */
    type: text,
    /** more about it: the body that carries it out, the decision, a link */
    description: z.exactOptional(z.string()),
  }))),
  /**
   * `false` when no EQF or QF-EHEA level applies to the unit, so that the check does not ask for `level`;
   * absent or `true`, a level is expected
   */
  levelApplies: z.exactOptional(z.boolean()),
  /**
   * the prerequisites needed to enrol, in words (`a bachelor's degree or equivalent`); prerequisites that are
   * units of the catalog go in the unit's `prerequisites`
   */
  entryRequirements: z.exactOptional(z.string()),
  /** the integration and stackability options */
  stackability: z.exactOptional(
    strictObject({
      /** a stand-alone, independent credential, or one integrated into or stackable toward another */
      option: z.enum({
        /** a stand-alone, independent credential */
        'stand-alone': 'stand-alone',
        /** integrated into, or stackable toward, another credential */
        stackable: 'stackable',
      } as const),
      /**
       * the credentials it stacks toward, by name or identifier, including ones outside the catalog; within a
       * catalog, `requirements` and recognitions are what count
       */
      towards: z.exactOptional(z.array(text)),
      /** the terms, in words */
      description: z.exactOptional(z.string()),
    }),
  ),
  /** anything else a reader should know (a note, a link) */
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
 * @useDeclaredType
 */
export type Microcredential = z.infer<typeof microcredentialSchema>;
