import type { Picture, PictureNode, PictureShape, PictureStroke } from './Picture.js';
import { mermaidLabel } from './mermaidLabel.js';
import { PICTURE_LOOKS, pictureLookStyle } from './pictureLookStyle.js';
import { LABEL_WIDTH } from './wrapLine.js';

const OPEN: Readonly<Record<PictureShape, string>> = { box: '["', round: '("', stadium: '(["' };
const CLOSE: Readonly<Record<PictureShape, string>> = { box: '"]', round: '")', stadium: '"])' };
const ARROW: Readonly<Record<PictureStroke, string>> = { solid: '-->', dashed: '-.->', thick: '==>' };
const BORDER = { solid: '', bold: ',stroke-width:2px', dashed: ',stroke-dasharray:6 4', dotted: ',stroke-dasharray:2 3' } as const;

/**
 * Writes a picture as a Mermaid flowchart: the direction, each group as a
 * `subgraph` with its nodes, the other nodes, the edges (`-->`, dashed
 * `-.->`, thick `==>`, labels between pipes), then a `classDef` for each
 * look used and a `class` line giving each node its look. Only generated
 * ids (`n0`, `g0`) appear outside quotes; every label is quoted and
 * escaped with `mermaidLabel`, its long lines broken at spaces.
 *
 * @param picture - the picture
 * @returns the Mermaid source, lines ending with `\n`
 *
 * @example
 * ```ts
 * writeMermaid(auditPicture(result));
 * // flowchart TB
 * //   n0(["Program: ..."])
 * //   ...
 * //   class n1 satisfied
 * ```
 *
 * @category Reports
 */
export function writeMermaid(picture: Picture): string {
  const lines = [`flowchart ${picture.direction === 'LR' ? 'LR' : 'TB'}`];
  for (const group of picture.groups) {
    const members = picture.nodes.filter((n) => n.group === group.id);
    if (members.length === 0) continue;
    lines.push(`  subgraph ${group.id}["${mermaidLabel(group.lines, LABEL_WIDTH)}"]`, ...members.map((n) => `    ${nodeLine(n)}`), '  end');
  }
  lines.push(...picture.nodes.filter((n) => n.group === undefined).map((n) => `  ${nodeLine(n)}`));
  for (const edge of picture.edges) {
    const label = edge.lines.length === 0 ? '' : `|"${mermaidLabel(edge.lines, LABEL_WIDTH)}"|`;
    lines.push(`  ${edge.from} ${ARROW[edge.stroke]}${label} ${edge.to}`);
  }
  for (const look of PICTURE_LOOKS) {
    const ids = picture.nodes.filter((n) => n.look === look).map((n) => n.id);
    if (ids.length === 0) continue;
    const { fill, stroke, border } = pictureLookStyle(look);
    lines.push(`  classDef ${look} fill:${fill},stroke:${stroke}${BORDER[border]}`, `  class ${ids.join(',')} ${look}`);
  }
  return `${lines.join('\n')}\n`;
}

function nodeLine(node: PictureNode): string {
  return `${node.id}${OPEN[node.shape]}${mermaidLabel(node.lines, LABEL_WIDTH)}${CLOSE[node.shape]}`;
}
