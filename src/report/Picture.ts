/**
 * What a node or an edge of a picture stands for, which decides its class
 * (a Mermaid `classDef`, a DOT `class`) and its drawing (fill, border,
 * dashes). The status looks are the requirement statuses; `remaining` is
 * what is still to do; the others say what kind of thing a node is.
 *
 * @category Reports
 */
export type PictureLook =
  | 'satisfied'
  | 'partial'
  | 'unmet'
  | 'waived'
  | 'remaining'
  | 'achievement'
  | 'route'
  | 'credential'
  | 'planned'
  | 'unit'
  | 'program';

/**
 * A node's outline: `box` (a requirement, a unit), `round` (an
 * achievement, a route), `stadium` (a program).
 *
 * @category Reports
 */
export type PictureShape = 'box' | 'round' | 'stadium';

/**
 * One node of a picture. Its id is generated (`n0`, `n1`, ...), never
 * taken from the data; its lines are plain text (already one line each,
 * control characters made visible), which each writer escapes for its
 * own syntax.
 *
 * @category Reports
 */
export interface PictureNode {
  readonly id: string;
  readonly lines: readonly string[];
  readonly look: PictureLook;
  readonly shape: PictureShape;
  /** The group (a plan's term) it is drawn in, if any. */
  readonly group?: string;
}

/**
 * How an edge is drawn: `solid`, `dashed` (what remains, or what does not
 * count), or `thick` (a prerequisite).
 *
 * @category Reports
 */
export type PictureStroke = 'solid' | 'dashed' | 'thick';

/**
 * One edge of a picture, between two generated node ids, with an optional
 * label (plain text lines).
 *
 * @category Reports
 */
export interface PictureEdge {
  readonly from: string;
  readonly to: string;
  readonly lines: readonly string[];
  readonly stroke: PictureStroke;
}

/**
 * A group of nodes drawn together: a Mermaid `subgraph`, a DOT cluster.
 *
 * @category Reports
 */
export interface PictureGroup {
  /** A generated id (`g0`, `g1`, ...). */
  readonly id: string;
  readonly lines: readonly string[];
}

/**
 * A picture before it is written: nodes, edges and groups, in the order
 * they are drawn. The same result always gives the same picture.
 *
 * @category Reports
 */
export interface Picture {
  /** `TB`: top to bottom; `LR`: left to right. */
  readonly direction: 'TB' | 'LR';
  readonly groups: readonly PictureGroup[];
  readonly nodes: readonly PictureNode[];
  readonly edges: readonly PictureEdge[];
}
