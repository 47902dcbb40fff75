import type { SafeResult } from '../issues/Result.js';
import type { Catalog } from '../catalog/Catalog.js';
import type { ParseCatalogOptions } from '../catalog/ParseCatalogOptions.js';
import { readCatalog } from '../catalog/readCatalog.js';
import { parseJsonText } from '../_internal/parseJsonText.js';

/**
 * Reads and validates a catalog, as the main entry's `safeParseCatalog`
 * does, from plain data, JSON text, or YAML read first by {@link readYaml}.
 * Text is read as JSON only, so a bundle that does not import `readYaml`
 * holds no YAML parser. Record text audited, ranked or planned against
 * the catalog is read the same way. Never throws for bad input.
 *
 * @param input - catalog data, JSON text, or what `readYaml` returned
 * @param options - see {@link ParseCatalogOptions}
 * @returns `{ success: true, data: Catalog }` or `{ success: false, issues }`;
 *   issues found in text carry line and column
 *
 * @example
 * ```ts
 * import { safeParseCatalog, formatPath } from 'credstack/browser';
 *
 * const parsed = safeParseCatalog(textarea.value);
 * if (!parsed.success) for (const i of parsed.issues) console.log(formatPath(i.path), i.message);
 * ```
 *
 * @category Browser
 */
export function safeParseCatalog(input: unknown, options: ParseCatalogOptions = {}): SafeResult<Catalog> {
  return readCatalog(parseJsonText, input, options);
}
