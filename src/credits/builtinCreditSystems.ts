import type { CreditSystemDefinition } from '../model/creditSystemDefinition.js';

/** Hours of work taken for one ECTS credit: the ECTS Users' Guide gives 25 to 30. */
const HOURS_PER_ECTS = 27.5;

/**
 * The credit systems every catalog knows without defining them, with their
 * worth in ECTS and their sources. A factor that is a convention rather than
 * a standard is marked `approximate`, so that figures converted through it
 * are flagged.
 *
 * | id | one credit is worth | approximate |
 * | --- | --- | --- |
 * | `ects` | 1 ECTS | no |
 * | `us-semester` | 2 ECTS (a convention; 1.8 to 2.3 seen) | yes |
 * | `us-quarter` | 4/3 ECTS (2/3 of a semester hour) | yes |
 * | `ceu` | 10/27.5 ECTS (10 contact hours at 27.5 h per ECTS) | yes |
 * | `uk-cats` | 0.5 ECTS (2 CATS = 1 ECTS) | no |
 * | `clock-hour` | 1/27.5 ECTS (1 ECTS = 25 to 30 hours, 27.5 taken) | yes |
 *
 * The array and every definition in it are frozen.
 *
 * @example
 * ```ts
 * BUILTIN_CREDIT_SYSTEMS.map((system) => system.id);
 * // ['ects', 'us-semester', 'us-quarter', 'ceu', 'uk-cats', 'clock-hour']
 * ```
 *
 * @category Credits
 */
export const BUILTIN_CREDIT_SYSTEMS: readonly CreditSystemDefinition[] = Object.freeze(
  [
    {
      id: 'ects',
      name: 'ECTS',
      ects: 1,
      approximate: false,
      source: "ECTS Users' Guide: 60 credits a full-time year; 1 credit = 25 to 30 hours of work",
    },
    {
      id: 'us-semester',
      name: 'US semester credit hour',
      ects: 2,
      approximate: true,
      source:
        '34 CFR 600.2 (credit hour: about 45 hours of work over a semester); 1 semester hour ≈ 2 ECTS is a convention, not a standard (1.8 to 2.3 seen)',
    },
    {
      id: 'us-quarter',
      name: 'US quarter hour',
      ects: 4 / 3,
      approximate: true,
      source: "US registrars' conversion pages: 1 quarter hour = 2/3 semester hour; semester hour ≈ 2 ECTS by convention",
    },
    {
      id: 'ceu',
      name: 'CEU',
      ects: 10 / HOURS_PER_ECTS,
      approximate: true,
      source: "IACET: 1 CEU = 10 contact hours; ECTS Users' Guide: 1 ECTS = 25 to 30 hours (27.5 taken)",
    },
    {
      id: 'uk-cats',
      name: 'UK CATS',
      ects: 0.5,
      approximate: false,
      source: 'QAA / CATS: 1 credit = 10 notional hours, 120 a year; 2 CATS = 1 ECTS',
    },
    {
      id: 'clock-hour',
      name: 'clock hours',
      ects: 1 / HOURS_PER_ECTS,
      approximate: true,
      source: "ECTS Users' Guide: 1 ECTS = 25 to 30 hours of work (27.5 taken)",
    },
  ].map((definition) => Object.freeze(definition)),
);
