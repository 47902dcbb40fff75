/**
 * Options for {@link safeParseCatalog} and {@link parseCatalog}: limits on
 * how large a document may be, so that hostile input is refused quickly
 * and in bounded memory (`too_large`). Raise them for a genuine catalog
 * beyond them.
 *
 * @category Catalog
 */
export interface ParseCatalogOptions {
  /** The most characters the text may have; default 50,000,000. Longer text is refused before it is read. */
  readonly maxSize?: number;
  /**
   * The most nodes the document may hold, counting every object, list, key
   * and scalar (an object referenced from several places counts each time);
   * default 1,000,000, about three times a catalog of 5,000 units.
   */
  readonly maxNodes?: number;
}
