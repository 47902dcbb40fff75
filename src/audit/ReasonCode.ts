/**
 * Why a requirement is not met, or why an achievement was not used. Codes
 * are stable; messages in results are for people.
 *
 * Requirement reasons:
 * - `missing_unit`: no eligible achievement of the named unit;
 * - `need_credits` / `need_count`: fewer credits or achievements than the minimum;
 * - `need_children`: fewer satisfied children than needed;
 * - `need_distinct`: too few distinct subjects or providers;
 * - `gpa_too_low`: the grade-point average is below the minimum;
 * - `too_much_recognized`: more came through recognitions than allowed;
 * - `policy_unmet`: a program policy does not hold;
 * - `waived`: an exception waived it.
 *
 * Achievement reasons:
 * - `excluded`: an exception excluded it;
 * - `in_progress` / `planned`: not completed, and look-ahead was not asked for;
 * - `failed` / `withdrawn`: its status says so;
 * - `grade_not_passing`: its grade is below the scale's passing grade;
 * - `earned_after_as_of`: earned after the audit date;
 * - `expired`: it lapsed by the audit date (its own expiry or the unit's validity);
 * - `unknown_unit`: no unit of the catalog matches it;
 * - `retake`: another attempt of the same unit counts instead, by the program's `retakes` policy;
 * - `grade_below_minimum`: a requirement that would take it asks for a higher grade;
 * - `not_verified`: a requirement that would take it asks for verified achievements, and it (or a composite or grant standing on it) is not verified;
 * - `earned_too_long_ago` / `outside_dates`: a requirement that would take it limits when it was earned;
 * - `recognition_condition`: a recognition that would take it has a condition it fails;
 * - `recognition_dates`: earned outside the dates a recognition is in force;
 * - `recognition_limit`: a recognition's limit was reached;
 * - `recognition_cap`: the program's cap on recognised credit (`policies.maxRecognized`) is used up;
 * - `matched_nothing`: no requirement of the program can take it;
 * - `not_needed`: it could count, but the best allocation did not need it;
 * - `past_maximum`: it was assigned but lies past a maximum or cap, so it does not count;
 * - `stack_incomplete`: it is part of a composite credential the record does not complete.
 *
 * @category Audit
 */
export type ReasonCode =
  | 'missing_unit'
  | 'need_credits'
  | 'need_count'
  | 'need_children'
  | 'need_distinct'
  | 'gpa_too_low'
  | 'too_much_recognized'
  | 'policy_unmet'
  | 'waived'
  | 'excluded'
  | 'in_progress'
  | 'planned'
  | 'failed'
  | 'withdrawn'
  | 'grade_not_passing'
  | 'earned_after_as_of'
  | 'expired'
  | 'unknown_unit'
  | 'retake'
  | 'grade_below_minimum'
  | 'not_verified'
  | 'earned_too_long_ago'
  | 'outside_dates'
  | 'recognition_condition'
  | 'recognition_dates'
  | 'recognition_limit'
  | 'recognition_cap'
  | 'matched_nothing'
  | 'not_needed'
  | 'past_maximum'
  | 'stack_incomplete';

/**
 * A reason: a stable code and a readable message, with the requirement node
 * or recognition it concerns where there is one, and for a retake the
 * attempt that counts instead.
 *
 * @category Audit
 */
export interface Reason {
  /** The stable code. */
  readonly code: ReasonCode;
  /** What it means here, for people. */
  readonly message: string;
  /** The requirement node the reason concerns. */
  readonly requirement?: string;
  /** The recognition the reason concerns. */
  readonly recognition?: string;
  /** For `retake`: the achievement (another attempt of the same unit) that counts instead. */
  readonly instead?: string;
}
