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
  /** what it costs to take */
  cost: z.exactOptional(
    strictObject({
      /** the price */
      amount: z.number().check(z.minimum(0)),
      /** the currency, as an ISO 4217 code (`USD`, `EUR`) */
      currency: z.string().check(z.minLength(1)),
      /** the day the price was seen, since prices change */
      asOf: z.exactOptional(isoDateSchema),
    }),
  ),
  /** how long it runs (`P13W`) */
  duration: z.exactOptional(durationSchema),
  /** how it is taught */
  mode: z.exactOptional(z.enum({
    /** taught online */
    online: 'online',
    /** taught on campus */
    'on-campus': 'on-campus',
    /** taught partly online, partly on campus */
    blended: 'blended',
  } as const)),
  /** how often or when it starts, in words (`quarterly`, `every September`); for people, not read by plans */
  starts: z.exactOptional(z.string()),
  /**
   * the terms it runs in, by the labels of a plan's calendar (`[fall, spring]`); absent, it runs every term.
   * A plan whose calendar has no labels does not read it (see planning)
   */
  terms: z.exactOptional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))),
});

/**
 * How a unit can be taken: its cost (with the date the figure was seen), its
 * duration, its mode, how often it starts (in words), and the terms it runs
 * in (labels a plan's calendar names, such as `fall`; absent, every term).
 *
 * @category Documents
 * @useDeclaredType
 */
export type Offering = z.infer<typeof offeringSchema>;

/**
 * The schema of a {@link Unit}.
 *
 * @category Schemas
 */
export const unitSchema = strictObject({
  /** how requirements, recognitions and achievements refer to this unit; unique among units */
  id: idSchema,
  /** what sort of thing it is */
  kind: unitKindSchema,
  /** its title as people know it */
  title: z.string(),
  /** a longer description */
  description: z.exactOptional(z.string()),
  /** who offers it and issues it */
  provider: z.exactOptional(idSchema),
  /** the credit it carries when earned */
  credits: z.exactOptional(creditsSchema),
  /** the effort it takes */
  workload: z.exactOptional(strictObject({
    /** the learning hours it takes */
    hours: z.number().check(z.minimum(0)),
  })),
  /** its level in a qualifications framework or course numbering */
  level: z.exactOptional(strictObject({
    /** the framework (`EQF`, `course-level`) */
    framework: z.string().check(z.minLength(1)),
    /** the level in that framework (EQF `7`, course level `300`); higher is more advanced */
    value: z.number(),
  })),
  /** the subjects it covers (`supply-chain`, `statistics`) */
  subjects: z.exactOptional(z.array(z.string())),
  /** attributes rules can select on (`writing-intensive`, `management-elective`) */
  tags: z.exactOptional(z.array(z.string())),
  /** the skills or competencies it shows */
  competencies: z.exactOptional(z.array(z.string())),
  /** how it can be taken: cost, duration, mode, start dates */
  offering: z.exactOptional(offeringSchema),
  /** what a learner must have before taking it */
  prerequisites: z.exactOptional(requirementNodeSchema),
  /**
   * how long an achievement of it stays valid after it is earned (a certification that lapses after `P3Y`);
   * valid for ever when absent
   */
  validity: z.exactOptional(durationSchema),
  /** what earns it, for a composite credential or program */
  requirements: z.exactOptional(requirementNodeSchema),
  /** rules over the whole program (total credits, residency, time limit); needs `requirements` */
  policies: z.exactOptional(policiesSchema),
  /**
   * the unit's identifiers in other systems (CTID, Open Badges achievement id); an achievement carrying one
   * of them is an achievement of this unit
   */
  externalIds: z.exactOptional(z.array(strictObject({
    /** the system the identifier belongs to (`ctid`, `ob3`) */
    scheme: z.string().check(z.minLength(1)),
    /** the identifier in that system; a scheme and id may be claimed by one unit only */
    id: z.string().check(z.minLength(1)),
  }))),
  /**
   * what the unit says about itself as a micro-credential, beyond the fields above: learning outcomes,
   * assessment, quality assurance, stackability (the EU micro-credential elements; see
   * eu-microcredentials.md)
   */
  microcredential: z.exactOptional(microcredentialSchema),
  /**
   * what an importer read from a standard document (`ob3`, `clr`, `ctdl`, `edc`) but credstack does not
   * model, kept unchanged for export; never read by the audit
   */
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
 * @useDeclaredType
 */
export type Unit = z.infer<typeof unitSchema>;
