/**
 * An element of the EU Council Recommendation on micro-credentials
 * (2022/C 243/02, Annex I), by a stable code: a code never changes
 * meaning.
 *
 * | code | element | mandatory | where it lives |
 * | --- | --- | --- | --- |
 * | `learner` | identification of the learner | yes | the record's `learner` |
 * | `title` | title of the micro-credential | yes | the unit's `title` |
 * | `country` | country or region of the issuer | yes | the awarding body's `country` |
 * | `awarding-body` | awarding body | yes | the unit's `provider` |
 * | `date-of-issuing` | date of issuing | yes | the achievement's `earnedOn` |
 * | `learning-outcomes` | learning outcomes | yes | the unit's `microcredential.learningOutcomes` |
 * | `workload` | notional workload (in ECTS where possible) | yes | the unit's `credits`, or `workload.hours` |
 * | `level` | level (EQF, QF-EHEA), where applicable | yes | the unit's `level` |
 * | `assessment` | type of assessment | yes | the unit's `microcredential.assessment.type` |
 * | `participation` | form of participation | yes | the unit's `offering.mode` |
 * | `quality-assurance` | type of quality assurance | yes | the unit's `microcredential.qualityAssurance` |
 * | `prerequisites` | prerequisites needed to enrol | no | the unit's `prerequisites` and `microcredential.entryRequirements` |
 * | `supervision` | supervision and identity verification during assessment | no | the unit's `microcredential.assessment.supervised` and `identityVerified` |
 * | `grade` | grade achieved | no | the achievement's `grade` |
 * | `stackability` | integration and stackability options | no | the unit's `microcredential.stackability` |
 * | `further-information` | further information | no | the unit's `microcredential.furtherInformation` |
 *
 * @example
 * ```ts
 * const element: MicrocredentialElement = 'quality-assurance';
 * ```
 *
 * @category Micro-credentials
 */
export type MicrocredentialElement =
  | 'learner'
  | 'title'
  | 'country'
  | 'awarding-body'
  | 'date-of-issuing'
  | 'learning-outcomes'
  | 'workload'
  | 'level'
  | 'assessment'
  | 'participation'
  | 'quality-assurance'
  | 'prerequisites'
  | 'supervision'
  | 'grade'
  | 'stackability'
  | 'further-information';

/**
 * Every {@link MicrocredentialElement}, in the order of the Recommendation:
 * the eleven mandatory elements, then the five optional ones.
 *
 * @example
 * ```ts
 * MICROCREDENTIAL_ELEMENTS.slice(0, 11); // the mandatory elements
 * ```
 *
 * @category Micro-credentials
 */
export const MICROCREDENTIAL_ELEMENTS: readonly MicrocredentialElement[] = Object.freeze([
  'learner',
  'title',
  'country',
  'awarding-body',
  'date-of-issuing',
  'learning-outcomes',
  'workload',
  'level',
  'assessment',
  'participation',
  'quality-assurance',
  'prerequisites',
  'supervision',
  'grade',
  'stackability',
  'further-information',
]);
