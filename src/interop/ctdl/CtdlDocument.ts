/**
 * A CTDL JSON-LD document as the exporters write it: the CTDL context and
 * an `@graph` of nodes (the pathway first, then its destination and
 * components, the organisations, the transfer values, and the resources
 * they name that are not components of the pathway). Keys are compact
 * IRIs (`ceterms:name`); credstack's round-trip data, when kept, is under
 * `credstack:` keys.
 *
 * @example
 * ```ts
 * const doc: CtdlDocument = exportCtdlPathway(catalog, 'alm-management');
 * JSON.stringify(doc['@graph'][0]); // {"@id":"_:alm-management","@type":"ceterms:Pathway",...}
 * ```
 *
 * @category Interop
 */
export interface CtdlDocument {
  /** The JSON-LD context: the CTDL context's URL. */
  readonly '@context': string;
  /** The nodes, in the order above, each keyed by compact IRIs. */
  readonly '@graph': readonly Readonly<Record<string, unknown>>[];
}
