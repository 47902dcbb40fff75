import type { Picture, PictureEdge, PictureNode } from './Picture.js';
import { dotString } from './dotString.js';
import { pictureLookStyle } from './pictureLookStyle.js';
import { LABEL_WIDTH } from './wrapLine.js';

/**
 * Writes a picture as a Graphviz `digraph`: defaults for the graph, nodes
 * and edges, each group as a `cluster_` subgraph with its label and nodes,
 * the other nodes, then the edges. Every ID and every attribute value is
 * a quoted string written with `dotString` (labels with their long lines
 * broken at spaces); the node IDs are the
 * generated ones (`"n0"`). Each node carries its look as a `class` (for
 * SVG and CSS) and as a fill, a border colour and a border line (`bold`,
 * `dashed` for what remains, `dotted` for a waiver); dashed edges are what
 * remains or does not count, bold edges prerequisites.
 *
 * @param picture - the picture
 * @param name - the graph's name
 * @returns the DOT source, lines ending with `\n`
 *
 * @example
 * ```ts
 * writeDot(auditPicture(result), 'audit');
 * // digraph "audit" {
 * //   graph [rankdir="TB", fontname="Helvetica"];
 * //   ...
 * //   "n0" -> "n1";
 * // }
 * ```
 *
 * @category Reports
 */
export function writeDot(picture: Picture, name: string): string {
  const lines = [
    `digraph ${dotString(name)} {`,
    `  graph [rankdir=${dotString(picture.direction === 'LR' ? 'LR' : 'TB')}, fontname="Helvetica"];`,
    '  node [shape="box", fontname="Helvetica", fontsize="10"];',
    '  edge [fontname="Helvetica", fontsize="9"];',
  ];
  for (const group of picture.groups) {
    const members = picture.nodes.filter((n) => n.group === group.id);
    if (members.length === 0) continue;
    lines.push(`  subgraph ${dotString(`cluster_${group.id}`)} {`, `    graph [label=${dotString(group.lines, LABEL_WIDTH)}, style="rounded", color="#8c959f"];`);
    lines.push(...members.map((n) => `    ${nodeLine(n)}`), '  }');
  }
  lines.push(...picture.nodes.filter((n) => n.group === undefined).map((n) => `  ${nodeLine(n)}`));
  lines.push(...picture.edges.map((e) => `  ${edgeLine(e)}`), '}');
  return `${lines.join('\n')}\n`;
}

function nodeLine(node: PictureNode): string {
  const { fill, stroke, border } = pictureLookStyle(node.look);
  const style = [node.shape === 'box' ? '' : 'rounded', 'filled', border === 'solid' ? '' : border].filter(Boolean).join(',');
  const attributes = [
    `label=${dotString(node.lines, LABEL_WIDTH)}`,
    `class=${dotString(node.look)}`,
    `style=${dotString(style)}`,
    `fillcolor=${dotString(fill)}`,
    `color=${dotString(stroke)}`,
    ...(node.shape === 'stadium' ? ['peripheries="2"'] : []),
  ];
  return `${dotString(node.id)} [${attributes.join(', ')}];`;
}

function edgeLine(edge: PictureEdge): string {
  const attributes = [
    ...(edge.lines.length === 0 ? [] : [`label=${dotString(edge.lines, LABEL_WIDTH)}`]),
    ...(edge.stroke === 'dashed' ? ['style="dashed"'] : edge.stroke === 'thick' ? ['style="bold"'] : []),
  ];
  return `${dotString(edge.from)} -> ${dotString(edge.to)}${attributes.length === 0 ? '' : ` [${attributes.join(', ')}]`};`;
}
