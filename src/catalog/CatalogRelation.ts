/**
 * How two units relate in a catalog:
 *
 * - `part-of`: `from` is named by `to`'s requirements (a course of a
 *   MicroMasters, a MicroMasters of a master's);
 * - `prerequisite-of`: `from` is named by `to`'s prerequisites;
 * - `recognised-as`: achievements of `from` count as `to` through the
 *   recognition `via`;
 * - `counts-toward`: `from` can be applied to program `to`, at requirement
 *   node `via` (by name or through a filter).
 *
 * @category Catalog
 */
export type CatalogRelationKind = 'part-of' | 'prerequisite-of' | 'recognised-as' | 'counts-toward';

/**
 * One edge of the catalog's graph, as plain data.
 *
 * @example
 * ```ts
 * const edge: CatalogRelation = { from: 'SC0x', to: 'mitx-scm', kind: 'part-of' };
 * ```
 *
 * @category Catalog
 */
export interface CatalogRelation {
  /** The unit the edge leaves. */
  readonly from: string;
  /** The unit the edge reaches. */
  readonly to: string;
  /** How the two relate. */
  readonly kind: CatalogRelationKind;
  /** The recognition (for `recognised-as`) or requirement node (for `counts-toward`). */
  readonly via?: string;
}
