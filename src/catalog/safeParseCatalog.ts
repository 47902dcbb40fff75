import type { SafeResult } from '../issues/Result.js';
import { parseText } from '../_internal/parseText.js';
import type { Catalog } from './Catalog.js';
import type { ParseCatalogOptions } from './ParseCatalogOptions.js';
import { readCatalog } from './readCatalog.js';

export type { ParseCatalogOptions } from './ParseCatalogOptions.js';

/**
 * Reads and validates a catalog: JSON or YAML text, or plain data. Checks
 * the shape, then what the shape cannot say: unknown references, duplicate
 * ids, cycles among composites and prerequisites (named), negative or
 * non-finite credits, impossible dates and backward ranges, grades not on
 * their scale, and nesting past the documented depth. Text larger than
 * `maxSize`, documents with more than `maxNodes` nodes, keys given twice,
 * and data that cannot be read (a getter that throws, a revoked Proxy) are
 * issues too. Never throws for bad input; never mutates it.
 *
 * @param input - catalog text (JSON or YAML) or a plain object
 * @param options - see {@link ParseCatalogOptions}
 * @returns `{ success: true, data: Catalog }` or `{ success: false, issues }`;
 *   issues found in text carry line and column
 *
 * @example
 * ```ts
 * const result = safeParseCatalog(text);
 * if (!result.success) for (const i of result.issues) console.log(i.path, i.message);
 * ```
 *
 * @category Catalog
 */
export function safeParseCatalog(input: unknown, options: ParseCatalogOptions = {}): SafeResult<Catalog> {
  return readCatalog(parseText, input, options);
}
