/**
 * The stable codes an {@link Issue} can carry. New codes may be added in minor
 * versions; an existing code never changes meaning.
 *
 * | code | meaning |
 * | --- | --- |
 * | `malformed` | the text is not valid JSON or YAML |
 * | `invalid_type` | a value has the wrong type, or a required field is missing |
 * | `invalid_value` | a value is not one of those allowed |
 * | `unknown_field` | a field the format does not define (often a typo) |
 * | `invalid_requirement` | a requirement node is none of all, any, atLeast, unit, select |
 * | `invalid_date` | a date is not a real calendar date in `YYYY-MM-DD` form |
 * | `invalid_duration` | a duration is not an ISO 8601 duration such as `P3Y` |
 * | `invalid_credits` | credits are negative or not finite |
 * | `invalid_number` | a number is out of its range or not finite |
 * | `invalid_range` | a range ends before it starts |
 * | `duplicate_id` | two items of one kind share an id |
 * | `unknown_reference` | a reference names something that does not exist |
 * | `cycle` | composites or prerequisites refer to each other in a loop |
 * | `too_deep` | nesting exceeds the documented depth limit |
 * | `unknown_credit_system` | credits name a credit system that is not defined |
 * | `invalid_grade` | a grade is not on its scale |
 * | `invalid_option` | an option passed to a function is not valid, or one the input needs is missing |
 * | `mixed_credit_systems` | a warning: credits in different systems were added as given, because the program names no credit system |
 * | `grade_without_credit` | a warning: a graded achievement counts no credit, so a credit-weighted grade-point average leaves it out |
 * | `too_large` | a document is larger than the size or node limit, or holds the same object so often that it cannot be walked |
 * | `duplicate_key` | a key is given twice in one object of JSON or YAML text |
 * | `unverified` | a warning from import: a credential's proof was not checked (no key, no verifier for its proof type), so its achievements are imported as unverified |
 * | `invalid_signature` | a credential's signature does not verify against the key given or carried |
 * | `expired` | a warning from import: a credential's validity ended on or before the date of the import (`asOf`) |
 * | `not_yet_valid` | a warning from import: a credential's validity starts after the date of the import (`asOf`) |
 * | `revoked` | a warning from import: a credential's status says it is revoked or suspended |
 * | `assumed` | a warning from import or export: something the source does not say was assumed (such as the credit system of unitless credits) |
 * | `unmapped` | a warning from import: an achievement matches no unit of the catalog, or a source field has no place in credstack's documents |
 * | `not_exported` | a warning from export: something credstack holds has no place in the target format and was left out |
 *
 * @category Issues
 */
export type IssueCode =
  | 'malformed'
  | 'invalid_type'
  | 'invalid_value'
  | 'unknown_field'
  | 'invalid_requirement'
  | 'invalid_date'
  | 'invalid_duration'
  | 'invalid_credits'
  | 'invalid_number'
  | 'invalid_range'
  | 'duplicate_id'
  | 'unknown_reference'
  | 'cycle'
  | 'too_deep'
  | 'unknown_credit_system'
  | 'invalid_grade'
  | 'invalid_option'
  | 'mixed_credit_systems'
  | 'grade_without_credit'
  | 'too_large'
  | 'duplicate_key'
  | 'unverified'
  | 'invalid_signature'
  | 'expired'
  | 'not_yet_valid'
  | 'revoked'
  | 'assumed'
  | 'unmapped'
  | 'not_exported';

/**
 * Every {@link IssueCode}, in a stable order: handy for exhaustive tests and
 * for tools that list what a validator can report.
 *
 * @category Issues
 */
export const ISSUE_CODES: readonly IssueCode[] = Object.freeze([
  'malformed',
  'invalid_type',
  'invalid_value',
  'unknown_field',
  'invalid_requirement',
  'invalid_date',
  'invalid_duration',
  'invalid_credits',
  'invalid_number',
  'invalid_range',
  'duplicate_id',
  'unknown_reference',
  'cycle',
  'too_deep',
  'unknown_credit_system',
  'invalid_grade',
  'invalid_option',
  'mixed_credit_systems',
  'grade_without_credit',
  'too_large',
  'duplicate_key',
  'unverified',
  'invalid_signature',
  'expired',
  'not_yet_valid',
  'revoked',
  'assumed',
  'unmapped',
  'not_exported',
]);
