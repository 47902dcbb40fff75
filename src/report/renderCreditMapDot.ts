import type { CreditMap } from '../creditMap/CreditMapEntry.js';
import { creditMapPicture } from './creditMapPicture.js';
import { writeDot } from './writeDot.js';

/**
 * Options for {@link renderCreditMapDot}.
 *
 * @category Credit map
 */
export interface RenderCreditMapDotOptions {
  /** `LR`, credentials left of programs (the default), or `TB`. */
  readonly direction?: 'TB' | 'LR';
  /** Add each route's conditions to its edge, a line each; on by default. */
  readonly conditions?: boolean;
}

/**
 * Draws a credit map as a Graphviz `digraph`: a node per program (class
 * `program`, a double border), per composite credential that parts stack
 * into (class `credential`) and per other credential (class `unit`), each
 * labelled with its id, title and kind; an edge from each credential to
 * each program it counts toward alone, labelled with the route (`direct`,
 * `recognized via R`, `stacked into C, recognized via R`), the credits in
 * the program's credit system and, a line each, the conditions that must
 * hold (`if verified (recognition mit-scmb-pathway)`); and dashed
 * `part of` edges from the parts of a stack to the composite (whose own
 * edge carries the credits), with the conditions the composite sets on
 * its parts (a minimum grade). The same nodes and edges as
 * {@link renderCreditMapMermaid}. Every ID and attribute value is a quoted,
 * escaped string and node IDs are generated (`"n0"`). A pure function: the
 * same map gives the same bytes.
 *
 * @param map - from {@link creditMap}
 * @param options - see {@link RenderCreditMapDotOptions}
 * @returns the DOT source, lines ending with `\n`
 *
 * @example
 * ```ts
 * renderCreditMapDot(creditMap(catalog, { asOf: '2024-06-30' }));
 * // digraph "credit map" {
 * //   ...
 * //   "n5" -> "n4" [label="recognized via mit-scmb-pathway: 42 mit-unit\nif verified (recognition mit-scmb-pathway)"];
 * // }
 * ```
 *
 * @category Credit map
 */
export function renderCreditMapDot(map: CreditMap, options: RenderCreditMapDotOptions = {}): string {
  return writeDot(creditMapPicture(map, options), 'credit map');
}
