import type { Picture, PictureEdge, PictureGroup, PictureLook, PictureNode, PictureShape, PictureStroke } from './Picture.js';

/**
 * What a node is to be: its lines, look and shape, and the group it is
 * drawn in.
 *
 * @category Reports
 */
export interface PictureNodeSpec {
  readonly lines: readonly string[];
  readonly look: PictureLook;
  readonly shape?: PictureShape;
  readonly group?: string;
}

/**
 * Collects a picture's nodes, edges and groups. Nodes are keyed by what
 * they stand for (the caller's key, a `Map` key, so no id from the data
 * can clash with an object's own properties) and numbered in the order
 * they are first added, so the same walk of the same result gives the
 * same ids; an edge added twice is drawn once.
 *
 * @example
 * ```ts
 * const b = new PictureBuilder('TB');
 * const a = b.node('req:root', { lines: ['root'], look: 'unmet' });
 * const c = b.node('ach:a1', { lines: ['a1'], look: 'achievement', shape: 'round' });
 * b.edge(a, c, ['4 credits']);
 * b.picture().nodes.map((n) => n.id); // ['n0', 'n1']
 * ```
 *
 * @category Reports
 */
export class PictureBuilder {
  readonly #direction: 'TB' | 'LR';
  readonly #nodes = new Map<string, PictureNode>();
  readonly #edges = new Map<string, PictureEdge>();
  readonly #groups: PictureGroup[] = [];

  /** @param direction - how the picture flows */
  constructor(direction: 'TB' | 'LR') {
    this.#direction = direction;
  }

  /** The node of this key, added on first call; returns its generated id. */
  node(key: string, spec: PictureNodeSpec): string {
    const known = this.#nodes.get(key);
    if (known !== undefined) return known.id;
    const id = `n${this.#nodes.size}`;
    const base = { id, lines: spec.lines, look: spec.look, shape: spec.shape ?? 'box' };
    this.#nodes.set(key, spec.group === undefined ? base : { ...base, group: spec.group });
    return id;
  }

  /** The generated id of the node of this key, if it was added. */
  idOf(key: string): string | undefined {
    return this.#nodes.get(key)?.id;
  }

  /** An edge between two generated ids; the same edge twice is kept once. */
  edge(from: string, to: string, lines: readonly string[] = [], stroke: PictureStroke = 'solid'): void {
    const key = [from, to, stroke, ...lines].join('\u0000');
    if (!this.#edges.has(key)) this.#edges.set(key, { from, to, lines, stroke });
  }

  /** A new group; returns its generated id (`g0`, `g1`, ...). */
  group(lines: readonly string[]): string {
    const id = `g${this.#groups.length}`;
    this.#groups.push({ id, lines });
    return id;
  }

  /** The picture as plain data. */
  picture(): Picture {
    return { direction: this.#direction, groups: [...this.#groups], nodes: [...this.#nodes.values()], edges: [...this.#edges.values()] };
  }
}
