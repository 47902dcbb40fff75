import type { Credits } from '../model/credits.js';
import type { Issue } from '../issues/Issue.js';
import type { SafeResult } from '../issues/Result.js';
import { CredstackError } from '../issues/CredstackError.js';
import { issue } from '../_internal/issue.js';
import { MAX_CREDITS } from '../model/credits.js';
import { readData } from '../_internal/readData.js';
import { describeValue } from '../_internal/describeValue.js';
import { showValue } from '../_internal/showValue.js';
import type { ConvertedCredits } from './ConvertedCredits.js';
import { CreditSystems } from './CreditSystems.js';
import { createCreditSystems } from './createCreditSystems.js';

// Built per call: six entries are cheap, and the module keeps no state.
function defaultSystems(): CreditSystems {
  return createCreditSystems();
}

/** The arguments, read once each and checked to be of the right kinds. */
type Checked = { ok: true; credits: Credits; to: string; systems: CreditSystems } | { ok: false; issues: Issue[] };

function checkArguments(credits: unknown, to: unknown, systems: unknown): Checked {
  const issues: Issue[] = [];
  const read = readData(credits, { maxNodes: 1000, copy: true });
  const amount = read.ok ? read.value : undefined;
  if (!read.ok) issues.push(read.issue);
  else if (amount === null || typeof amount !== 'object' || Array.isArray(amount)) {
    issues.push(issue('invalid_type', [], `expected credits as { value, system }, got ${describeValue(amount)}`, { expected: 'object', received: describeValue(amount) }));
  }
  const { value, system } = (amount ?? {}) as { value?: unknown; system?: unknown };
  if (read.ok && amount !== null && typeof amount === 'object') {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_CREDITS) {
      issues.push(
        issue('invalid_credits', ['value'], `credits must be a finite number from 0 to ${MAX_CREDITS}`, {
          expected: `a finite number from 0 to ${MAX_CREDITS}`,
          received: showValue(value),
        }),
      );
    }
    if (typeof system !== 'string') issues.push(issue('invalid_type', ['system'], `expected the credit system's id, got ${describeValue(system)}`, { expected: 'string', received: describeValue(system) }));
  }
  if (typeof to !== 'string') issues.push(issue('invalid_type', ['to'], `expected the id of the system to convert to, got ${describeValue(to)}`, { expected: 'string', received: describeValue(to) }));
  const known = systems === undefined ? defaultSystems() : asCreditSystems(systems);
  if (!known) issues.push(issue('invalid_type', ['systems'], 'expected CreditSystems made by createCreditSystems, or nothing for the built-in ones'));
  if (issues.length > 0 || !known) return { ok: false, issues };
  for (const [key, id] of [['system', system as string], ['to', to as string]] as const) {
    if (!known.has(id)) issues.push(issue('unknown_credit_system', [key], `credit system "${id}" is not defined`, { received: id }));
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, credits: { value: value as number, system: system as string }, to: to as string, systems: known };
}

/** The systems, if they are the library's own (a forged or revoked object is not). */
function asCreditSystems(systems: unknown): CreditSystems | undefined {
  try {
    if (!(systems instanceof CreditSystems)) return undefined;
    systems.has('ects'); // throws for an object that only borrows the prototype
    return systems;
  } catch {
    return undefined;
  }
}

/**
 * Converts an amount of credit to another system, or says why it cannot:
 * an unknown system (`unknown_credit_system` at `['system']` or `['to']`),
 * a value that is negative, not finite or above {@link MAX_CREDITS}
 * (`invalid_credits` at `['value']`), or arguments of the wrong kind
 * (`invalid_type`: credits that are not `{ value, system }`, systems not
 * made by {@link createCreditSystems}). Never throws, whatever it is given.
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
  systems?: CreditSystems,
): SafeResult<ConvertedCredits> {
  const checked = checkArguments(credits, to, systems);
  if (!checked.ok) return Object.freeze({ success: false, issues: Object.freeze(checked.issues) });
  const data = checked.systems.convert(checked.credits, checked.to);
  // Both systems were found just now, so this is only for the type checker.
  if (data === undefined) return Object.freeze({ success: false, issues: Object.freeze([issue('unknown_credit_system', ['to'], 'credit system not defined')]) });
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
 *   (path `['value']`) when the value is negative, not finite or above
 *   {@link MAX_CREDITS}, or `invalid_type` for arguments of the wrong kind
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
