import type { ReadText } from '../_internal/ReadText.js';
import { parseJsonText } from '../_internal/parseJsonText.js';
import type { Catalog } from './Catalog.js';

const readers = new WeakMap<Catalog, ReadText>();

/**
 * Remembers how the parser that made a catalog reads text, so that record
 * text audited, ranked or planned against the catalog is read the same way
 * (JSON or YAML behind the main entry, JSON behind `credstack/browser`)
 * without the audit importing the YAML parser.
 *
 * @internal
 */
export function rememberTextReader(catalog: Catalog, readText: ReadText): Catalog {
  readers.set(catalog, readText);
  return catalog;
}

/**
 * How record text given with this catalog is read: as its parser reads
 * text, or as JSON for a catalog no parser remembered.
 *
 * @internal
 */
export function catalogTextReader(catalog: Catalog): ReadText {
  return readers.get(catalog) ?? parseJsonText;
}
