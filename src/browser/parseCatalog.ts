import { CredstackError } from '../issues/CredstackError.js';
import type { Catalog } from '../catalog/Catalog.js';
import type { ParseCatalogOptions } from '../catalog/ParseCatalogOptions.js';
import { safeParseCatalog } from './safeParseCatalog.js';

/**
 * Reads and validates a catalog, as {@link safeParseCatalog} of
 * `credstack/browser` does (data, JSON text, or what {@link readYaml}
 * returned), and throws on bad input.
 *
 * @param input - catalog data, JSON text, or what `readYaml` returned
 * @param options - see {@link ParseCatalogOptions}
 * @returns the catalog
 * @throws {@link CredstackError} carrying every issue found
 *
 * @example
 * ```ts
 * import { parseCatalog } from 'credstack/browser';
 *
 * const catalog = parseCatalog(await (await fetch('catalog.json')).json());
 * ```
 *
 * @category Browser
 */
export function parseCatalog(input: unknown, options: ParseCatalogOptions = {}): Catalog {
  const result = safeParseCatalog(input, options);
  if (!result.success) throw new CredstackError(result.issues, 'catalog');
  return result.data;
}
