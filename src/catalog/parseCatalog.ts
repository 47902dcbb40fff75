import { CredstackError } from '../issues/CredstackError.js';
import type { Catalog } from './Catalog.js';
import { safeParseCatalog, type ParseCatalogOptions } from './safeParseCatalog.js';

/**
 * Reads and validates a catalog, as {@link safeParseCatalog} does, and throws
 * on bad input.
 *
 * @param input - catalog text (JSON or YAML) or a plain object
 * @param options - see {@link ParseCatalogOptions}
 * @returns the catalog
 * @throws {@link CredstackError} carrying every issue found
 *
 * @example
 * ```ts
 * const catalog = parseCatalog({ units: [{ id: 'SC0x', kind: 'course', title: 'Supply Chain Analytics' }] });
 * catalog.unit('SC0x')?.title; // 'Supply Chain Analytics'
 * ```
 *
 * @category Catalog
 */
export function parseCatalog(input: unknown, options: ParseCatalogOptions = {}): Catalog {
  const result = safeParseCatalog(input, options);
  if (!result.success) throw new CredstackError(result.issues, 'catalog');
  return result.data;
}
