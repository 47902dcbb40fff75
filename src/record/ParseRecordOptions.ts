import type { Catalog } from '../catalog/Catalog.js';

/**
 * Options for {@link safeParseRecord} and {@link parseRecord}.
 *
 * @category Records
 */
export interface ParseRecordOptions {
  /** Check the record's references (units, grade scales, issuers, exceptions' programs) against this catalog. */
  readonly catalog?: Catalog;
  /** The most characters the text may have; default 50,000,000. Longer text is refused before it is read. */
  readonly maxSize?: number;
  /**
   * The most nodes the document may hold, counting every object, list, key
   * and scalar (an object referenced from several places counts each time);
   * default 1,000,000.
   */
  readonly maxNodes?: number;
}
