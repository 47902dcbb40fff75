import type { CreditSystemDefinition } from '../model/creditSystemDefinition.js';
import type { Issue, IssuePath } from '../issues/Issue.js';
import { issue } from '../_internal/issue.js';

/** The smallest `ects` factor a credit system may have: one credit worth a millionth of an ECTS credit. @internal */
export const MIN_CREDIT_FACTOR = 1e-6;

/** The largest `ects` factor a credit system may have: one credit worth a million ECTS credits. @internal */
export const MAX_CREDIT_FACTOR = 1e6;

/**
 * Checks that each credit system's `ects` factor lies between
 * {@link MIN_CREDIT_FACTOR} and {@link MAX_CREDIT_FACTOR}, so that no
 * conversion of credits within their own maximum can overflow to Infinity.
 * Pushes an `invalid_number` issue at `[...at, index, 'ects']` for each that
 * does not; returns those that do.
 *
 * @internal
 */
export function checkCreditFactors(definitions: readonly CreditSystemDefinition[], at: IssuePath, issues: Issue[]): CreditSystemDefinition[] {
  return definitions.filter((definition, index) => {
    const { ects } = definition;
    if (typeof ects === 'number' && ects >= MIN_CREDIT_FACTOR && ects <= MAX_CREDIT_FACTOR) return true;
    // Not finite or not above 0 is the shape's to report; here only the range.
    if (typeof ects !== 'number' || !Number.isFinite(ects) || ects <= 0) return false;
    issues.push(
      issue('invalid_number', [...at, index, 'ects'], `credit system "${definition.id}" has an ECTS factor of ${ects}; it must lie between ${MIN_CREDIT_FACTOR} and ${MAX_CREDIT_FACTOR}`, {
        expected: `${MIN_CREDIT_FACTOR} to ${MAX_CREDIT_FACTOR}`,
        received: String(ects),
      }),
    );
    return false;
  });
}
