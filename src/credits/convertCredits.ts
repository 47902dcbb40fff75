import type { Credits } from '../model/credits.js';
import type { Issue } from '../issues/Issue.js';
import type { SafeResult } from '../issues/Result.js';
import { CredstackError } from '../issues/CredstackError.js';
import { issue } from '../_internal/issue.js';
import type { ConvertedCredits } from './ConvertedCredits.js';
import type { CreditSystems } from './CreditSystems.js';
import { createCreditSystems } from './createCreditSystems.js';

// Built per call: six entries are cheap, and the module keeps no state.
function defaultSystems(): CreditSystems {
  return createCreditSystems();
}

function checkConversion(credits: Credits, to: string, systems: CreditSystems): Issue[] {
  const issues: Issue[] = [];
  if (typeof credits.value !== 'number' || !Number.isFinite(credits.value) || credits.value < 0) {
    issues.push(
      issue('invalid_credits', ['value'], 'credits must be a finite number, not negative', {
        expected: 'a finite number >= 0',
        received: String(credits.value),
      }),
    );
  }
  for (const [key, id] of [['system', credits.system], ['to', to]] as const) {
    if (!systems.has(id)) {
      issues.push(
        issue('unknown_credit_system', [key], `credit system "${String(id)}" is not defined`, { received: String(id) }),
      );
    }
  }
  return issues;
}

/**
 * Converts an amount of credit to another system, or says why it cannot:
 * an unknown system (`unknown_credit_system` at `['system']` or `['to']`) or
 * a value that is negative or not finite (`invalid_credits` at `['value']`).
 *
 * @param credits - the amount and the system it is in
 * @param to - the id of the system to convert to
 * @param systems - the systems known; the built-in ones when omitted
 * @returns `{ success: true, data, warnings: [] }`, or `{ success: false, issues }`
 *
 * @example
 * ```ts
 * const result = safeConvertCredits({ value: 3, system: 'us-quarter' }, 'us-semester');
 * if (result.success) result.data.value; // 2
 * ```
 *
 * @category Credits
 */
export function safeConvertCredits(
  credits: Credits,
  to: string,
  systems: CreditSystems = defaultSystems(),
): SafeResult<ConvertedCredits> {
  const issues = checkConversion(credits, to, systems);
  const data = issues.length === 0 ? systems.convert(credits, to) : undefined;
  if (data === undefined) return Object.freeze({ success: false, issues: Object.freeze(issues) });
  return Object.freeze({ success: true, data, warnings: Object.freeze([]) });
}

/**
 * Converts an amount of credit to another system: value × (ECTS per credit
 * of the source) / (ECTS per credit of the target), rounded to 6 decimals,
 * flagged `approximate` when the systems differ and either factor is a
 * convention.
 *
 * @param credits - the amount and the system it is in
 * @param to - the id of the system to convert to
 * @param systems - the systems known; the built-in ones when omitted
 * @returns the converted credits
 * @throws {@link CredstackError} with `unknown_credit_system` issues (path
 *   `['system']` or `['to']`) when a system is unknown, or `invalid_credits`
 *   (path `['value']`) when the value is negative or not finite
 *
 * @example
 * ```ts
 * convertCredits({ value: 120, system: 'uk-cats' }, 'ects');
 * // { value: 60, system: 'ects', approximate: false, from: { value: 120, system: 'uk-cats' } }
 * ```
 *
 * @category Credits
 */
export function convertCredits(credits: Credits, to: string, systems?: CreditSystems): ConvertedCredits {
  const result = safeConvertCredits(credits, to, systems);
  if (!result.success) throw new CredstackError(result.issues, 'credits');
  return result.data;
}
