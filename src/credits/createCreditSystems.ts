import type { CreditSystemDefinition } from '../model/creditSystemDefinition.js';
import { CreditSystems } from './CreditSystems.js';

/**
 * Makes the set of credit systems for a catalog: the built-in ones merged
 * with the catalog's `creditSystems` (a built-in id overrides that system's
 * factor, a new id adds a system). See {@link CreditSystems} for how an
 * override is merged.
 *
 * @param definitions - the catalog's credit system definitions; none gives the built-ins alone
 * @returns an immutable {@link CreditSystems}
 * @throws {@link CredstackError} when an id is empty or repeated, or a factor
 *   is not a finite number above 0
 *
 * @example
 * ```ts
 * const systems = createCreditSystems([
 *   { id: 'us-semester', ects: 1.5, approximate: true, source: 'University X transfer policy' },
 *   { id: 'unit-hour', name: 'unit hour', ects: 0.75 },
 * ]);
 * systems.convert({ value: 4, system: 'us-semester' }, 'ects')?.value; // 6
 * ```
 *
 * @category Credits
 */
export function createCreditSystems(definitions: readonly CreditSystemDefinition[] = []): CreditSystems {
  return new CreditSystems(definitions);
}
