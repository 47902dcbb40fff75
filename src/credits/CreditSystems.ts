import type { CreditSystemDefinition } from '../model/creditSystemDefinition.js';
import type { Credits } from '../model/credits.js';
import type { Issue } from '../issues/Issue.js';
import { CredstackError } from '../issues/CredstackError.js';
import { issue } from '../_internal/issue.js';
import { BUILTIN_CREDIT_SYSTEMS } from './builtinCreditSystems.js';
import { MAX_CREDIT_FACTOR, MIN_CREDIT_FACTOR } from './checkCreditFactors.js';
import type { ConvertedCredits } from './ConvertedCredits.js';

/** Converted values keep 6 decimals: enough for credits, and no float noise. */
const SCALE = 1e6;

function roundCredits(value: number): number {
  // Past this size the scaled value loses integer precision; keep it as it is.
  if (!(Math.abs(value * SCALE) < Number.MAX_SAFE_INTEGER)) return value;
  return Math.round(value * SCALE) / SCALE;
}

function checkDefinitions(definitions: readonly CreditSystemDefinition[]): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  definitions.forEach((definition, index) => {
    const { id, ects } = definition;
    if (typeof id !== 'string' || id === '') {
      issues.push(issue('invalid_value', [index, 'id'], 'a credit system id must be a non-empty string'));
    } else if (seen.has(id)) {
      issues.push(issue('duplicate_id', [index, 'id'], `credit system "${id}" is defined twice`, { received: id }));
    }
    seen.add(id);
    if (typeof ects !== 'number' || !(ects >= MIN_CREDIT_FACTOR && ects <= MAX_CREDIT_FACTOR)) {
      issues.push(
        issue('invalid_number', [index, 'ects'], `credit system "${String(id)}" needs an ECTS factor from ${MIN_CREDIT_FACTOR} to ${MAX_CREDIT_FACTOR}`, {
          expected: `a number from ${MIN_CREDIT_FACTOR} to ${MAX_CREDIT_FACTOR}`,
          received: String(ects),
        }),
      );
    }
  });
  return issues;
}

/** A catalog's definition over a built-in: its fields win; see {@link CreditSystems}. */
function override(builtin: CreditSystemDefinition, definition: CreditSystemDefinition): CreditSystemDefinition {
  const name = definition.name ?? builtin.name;
  const approximate = definition.approximate ?? builtin.approximate;
  // The built-in's source backs the built-in's factor only.
  const source = definition.source ?? (definition.ects === builtin.ects ? builtin.source : undefined);
  return {
    id: definition.id,
    ...(name !== undefined && { name }),
    ects: definition.ects,
    ...(approximate !== undefined && { approximate }),
    ...(source !== undefined && { source }),
  };
}

/**
 * The credit systems known in one context: the built-in ones
 * ({@link BUILTIN_CREDIT_SYSTEMS}) merged with those a catalog defines, and
 * conversion between them. Immutable; ids are data, so `__proto__` is an
 * ordinary id.
 *
 * A definition whose id is a built-in's overrides it: its `ects`, and its
 * `name`, `approximate` and `source` where given. Where not given, the
 * built-in's name and `approximate` flag are kept (a changed factor stays
 * flagged unless the catalog says `approximate: false`), and the built-in's
 * source is kept only when the factor is unchanged. A definition with a new
 * id adds a system.
 *
 * Usually made with `createCreditSystems`.
 *
 * @example
 * ```ts
 * const systems = new CreditSystems([{ id: 'unit-hour', ects: 1.5 }]);
 * systems.convert({ value: 120, system: 'uk-cats' }, 'ects');
 * // { value: 60, system: 'ects', approximate: false, from: { value: 120, system: 'uk-cats' } }
 * ```
 *
 * @category Credits
 */
export class CreditSystems {
  readonly #systems: ReadonlyMap<string, CreditSystemDefinition>;

  /**
   * @param definitions - the catalog's credit systems, added to or overriding the built-ins
   * @throws {@link CredstackError} with `invalid_value`, `duplicate_id` or
   *   `invalid_number` issues (paths index `definitions`) when an id is empty,
   *   repeated, or a factor is not a finite number above 0
   */
  constructor(definitions: readonly CreditSystemDefinition[] = []) {
    const issues = checkDefinitions(definitions);
    if (issues.length > 0) throw new CredstackError(issues, 'credit systems');
    const systems = new Map<string, CreditSystemDefinition>(BUILTIN_CREDIT_SYSTEMS.map((s) => [s.id, s]));
    for (const definition of definitions) {
      const builtin = systems.get(definition.id);
      const merged = builtin ? override(builtin, definition) : { ...definition };
      // Setting an existing key keeps its place: overrides stay in the built-ins' order.
      systems.set(definition.id, Object.freeze(merged));
    }
    this.#systems = systems;
  }

  /**
   * Whether a credit system is known.
   *
   * @param id - the system's id
   * @returns true for a built-in or catalog-defined system
   *
   * @example
   * ```ts
   * createCreditSystems().has('uk-cats'); // true
   * ```
   */
  has(id: string): boolean {
    return this.#systems.has(id);
  }

  /**
   * The definition of a credit system.
   *
   * @param id - the system's id
   * @returns the frozen definition, or `undefined` when the system is unknown
   *
   * @example
   * ```ts
   * createCreditSystems().get('us-semester')?.ects; // 2
   * ```
   */
  get(id: string): CreditSystemDefinition | undefined {
    return this.#systems.get(id);
  }

  /**
   * Every known credit system: the built-ins first (overridden ones in
   * place), then those the catalog added, in the order it gave them.
   *
   * @returns a new frozen array of frozen definitions
   *
   * @example
   * ```ts
   * createCreditSystems([{ id: 'x', ects: 3 }]).list().at(-1)?.id; // 'x'
   * ```
   */
  list(): readonly CreditSystemDefinition[] {
    return Object.freeze([...this.#systems.values()]);
  }

  /**
   * Converts an amount of credit to another system: value × (ECTS per credit
   * of the source) / (ECTS per credit of the target), rounded to 6 decimals.
   * To the same system, the value is returned unchanged and exact. Otherwise
   * the result is `approximate` when either factor is.
   *
   * @param credits - the amount and the system it is in
   * @param to - the id of the system to convert to
   * @returns the converted credits, or `undefined` when either system is unknown
   *
   * @example
   * ```ts
   * createCreditSystems().convert({ value: 16, system: 'us-semester' }, 'ects');
   * // { value: 32, system: 'ects', approximate: true, from: { value: 16, system: 'us-semester' } }
   * ```
   */
  convert(credits: Credits, to: string): ConvertedCredits | undefined {
    const source = this.#systems.get(credits.system);
    const target = this.#systems.get(to);
    if (source === undefined || target === undefined) return undefined;
    const from = Object.freeze({ value: credits.value, system: credits.system });
    if (source === target) return Object.freeze({ value: credits.value, system: to, approximate: false, from });
    return Object.freeze({
      value: roundCredits((credits.value * source.ects) / target.ects),
      system: to,
      approximate: source.approximate === true || target.approximate === true,
      from,
    });
  }
}
