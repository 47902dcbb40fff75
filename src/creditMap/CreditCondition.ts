/**
 * Where a condition comes from: a recognition, a requirement node (of the
 * program, or of a composite in the stack: `unit` names the unit whose
 * requirements hold it), a program policy, or the credential's own unit.
 *
 * @category Credit map
 */
export interface ConditionSource {
  readonly kind: 'recognition' | 'requirement' | 'policy' | 'unit';
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
  | { readonly kind: 'inForce'; readonly from?: string; readonly until?: string; readonly source: ConditionSource }
  | { readonly kind: 'minGrade'; readonly scale: string; readonly grade: string | number; readonly source: ConditionSource }
  | { readonly kind: 'verified'; readonly source: ConditionSource }
  | { readonly kind: 'earnedWithin'; readonly duration: string; readonly source: ConditionSource }
  | { readonly kind: 'earnedBetween'; readonly from?: string; readonly until?: string; readonly source: ConditionSource }
  | { readonly kind: 'issuerAccreditedBy'; readonly body: string; readonly source: ConditionSource }
  | { readonly kind: 'recognitionLimit'; readonly credits?: number; readonly count?: number; readonly source: ConditionSource }
  | { readonly kind: 'maxRecognized'; readonly credits?: number; readonly count?: number; readonly share?: number; readonly source: ConditionSource }
  | { readonly kind: 'validity'; readonly duration: string; readonly source: ConditionSource };
