/**
 * Where a condition comes from: a recognition, a requirement node (of the
 * program, or of a composite in the stack: `unit` names the unit whose
 * requirements hold it), a program policy, or the credential's own unit.
 *
 * @category Credit map
 */
export interface ConditionSource {
  /** What sort of thing holds the condition. */
  readonly kind: 'recognition' | 'requirement' | 'policy' | 'unit';
  /** Its id: the recognition's, the requirement node's, the policy's name, or the unit's. */
  readonly id: string;
  /** `requirement` and `policy`: the unit (program or composite) the node or policy belongs to. */
  readonly unit?: string;
}

/**
 * One thing that must hold for a credential to count by a route:
 *
 * - `inForce`: earned while the recognition was in force (`from`..`until`, inclusive);
 * - `minGrade`: a grade at least `grade` on `scale`;
 * - `verified`: a verified achievement;
 * - `earnedWithin`: earned within `duration` before the audit date;
 * - `earnedBetween`: earned within the dates;
 * - `issuerAccreditedBy`: the issuer accredited by `body` on the day it was earned;
 * - `recognitionLimit`: at most so many credits or items through the recognition (per learner);
 * - `maxRecognized`: a cap on recognised credit at a requirement or in the program;
 * - `validity`: the credential lapses `duration` after it was earned.
 *
 * @category Credit map
 */
export type CreditCondition =
  | {
      /** Earned while the recognition was in force. */
      readonly kind: 'inForce';
      /** The first day the recognition is in force, when it names one. */
      readonly from?: string;
      /** The last day the recognition is in force, when it names one. */
      readonly until?: string;
      /** Where the condition comes from. */
      readonly source: ConditionSource;
    }
  | {
      /** A grade at least so good. */
      readonly kind: 'minGrade';
      /** The grade scale the bar is on. */
      readonly scale: string;
      /** The lowest acceptable grade on that scale. */
      readonly grade: string | number;
      /** Where the condition comes from. */
      readonly source: ConditionSource;
    }
  | {
      /** A verified achievement. */
      readonly kind: 'verified';
      /** Where the condition comes from. */
      readonly source: ConditionSource;
    }
  | {
      /** Earned within a duration before the audit date. */
      readonly kind: 'earnedWithin';
      /** The ISO 8601 duration (`P5Y`). */
      readonly duration: string;
      /** Where the condition comes from. */
      readonly source: ConditionSource;
    }
  | {
      /** Earned within the dates. */
      readonly kind: 'earnedBetween';
      /** The first day, when there is one. */
      readonly from?: string;
      /** The last day, when there is one. */
      readonly until?: string;
      /** Where the condition comes from. */
      readonly source: ConditionSource;
    }
  | {
      /** The issuer accredited by a body on the day the achievement was earned. */
      readonly kind: 'issuerAccreditedBy';
      /** The accrediting organisation. */
      readonly body: string;
      /** Where the condition comes from. */
      readonly source: ConditionSource;
    }
  | {
      /** At most so much through the recognition, per learner. */
      readonly kind: 'recognitionLimit';
      /** At most these credits. */
      readonly credits?: number;
      /** At most this many achievements. */
      readonly count?: number;
      /** Where the condition comes from. */
      readonly source: ConditionSource;
    }
  | {
      /** A cap on recognised credit at a requirement or in the program. */
      readonly kind: 'maxRecognized';
      /** At most these credits. */
      readonly credits?: number;
      /** At most this many achievements. */
      readonly count?: number;
      /** At most this share (0 to 1) of what is applied. */
      readonly share?: number;
      /** Where the condition comes from. */
      readonly source: ConditionSource;
    }
  | {
      /** The credential lapses a duration after it was earned. */
      readonly kind: 'validity';
      /** The ISO 8601 duration (`P3Y`). */
      readonly duration: string;
      /** Where the condition comes from. */
      readonly source: ConditionSource;
    };
