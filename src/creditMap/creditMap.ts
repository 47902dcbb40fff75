import type { Catalog } from '../catalog/Catalog.js';
import { CredstackError } from '../issues/CredstackError.js';
import type { CreditMap } from './CreditMapEntry.js';
import type { CreditMapOptions } from './CreditMapOptions.js';
import { safeCreditMap } from './safeCreditMap.js';

/**
 * Maps which credentials count toward which programs, as
 * {@link safeCreditMap} does, and throws on bad input.
 *
 * @param catalog - a parsed catalog
 * @param options - see {@link CreditMapOptions}
 * @returns the map
 * @throws {@link CredstackError} with the issues in the options (an unknown program id, a bad date)
 *
 * @example
 * ```ts
 * const map = creditMap(catalog, { asOf: '2024-06-30' });
 * map.entries.filter((e) => e.credential === 'mitx-scm-micromasters');
 * // [{ program: 'hes-almm', route: 'recognized', credits: 16, ... }, { program: 'mit-scmb', route: 'recognized', credits: 42, ... }]
 * ```
 *
 * @category Credit map
 */
export function creditMap(catalog: Catalog, options: CreditMapOptions = {}): CreditMap {
  const result = safeCreditMap(catalog, options);
  if (!result.success) throw new CredstackError(result.issues, 'credit map options');
  return result.data;
}
