import type { CreditMap } from '../creditMap/CreditMapEntry.js';
import { creditMapEdges } from './creditMapEdges.js';
import type { Picture } from './Picture.js';
import { PictureBuilder } from './PictureBuilder.js';

/**
 * What {@link creditMapPicture} draws.
 *
 * @category Reports
 */
export interface CreditMapPictureOptions {
  /** `LR` (the default) or `TB`; anything else is taken as `LR`. */
  readonly direction?: 'TB' | 'LR';
  /** Add each route's conditions to its edge (on by default). */
  readonly conditions?: boolean;
}

/**
 * A credit map as a picture: the programs (class `program`), the
 * composite credentials parts stack into (class `credential`) and the
 * other credentials (class `unit`), each labelled with its id, title and
 * kind, in id order; an edge from each credential to each program it
 * counts toward alone, labelled with the route, the credits and the
 * conditions; and dashed `part of` edges from the parts of a stack to the
 * composite, with the conditions the composite sets on them.
 *
 * @param map - from {@link creditMap}
 * @param options - see {@link CreditMapPictureOptions}
 * @returns the picture
 *
 * @example
 * ```ts
 * creditMapPicture(map).edges.find((e) => e.lines[0]?.startsWith('recognized'))?.lines;
 * // ['recognized via hes-scm-pathway: 16 us-semester']
 * ```
 *
 * @category Reports
 */
export function creditMapPicture(map: CreditMap, options: CreditMapPictureOptions = {}): Picture {
  const builder = new PictureBuilder(options.direction === 'TB' ? 'TB' : 'LR');
  const { ids, titles, programs, edges } = creditMapEdges(map, options.conditions !== false);
  const composites = new Set(edges.filter((e) => e.kind === 'part-of').map((e) => e.to));
  const kinds = new Map(map.credentials.map((c) => [c.id, c.kind]));
  for (const id of ids) {
    const title = titles.get(id);
    const kind = kinds.get(id);
    const lines = [title === undefined ? id : `${id}: ${title}`, ...(kind === undefined ? [] : [`(${kind})`])];
    const look = programs.has(id) ? 'program' : composites.has(id) ? 'credential' : 'unit';
    builder.node(id, { lines, look, shape: programs.has(id) ? 'stadium' : look === 'credential' ? 'round' : 'box' });
  }
  for (const edge of edges) builder.edge(builder.idOf(edge.from)!, builder.idOf(edge.to)!, edge.lines, edge.kind === 'part-of' ? 'dashed' : 'solid');
  return builder.picture();
}
