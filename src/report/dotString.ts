import { pictureText } from './pictureText.js';
import { wrapLine } from './wrapLine.js';

/**
 * Writes text as one quoted DOT string (an ID, in Graphviz's words): each
 * line made safe with `pictureText`, then `\` written `\\` (so that data
 * cannot slip in Graphviz's own escapes such as `\N`, `\G` or `\l`) and
 * `"` written `\"`, and the lines joined with `\n`, Graphviz's centred line
 * break. Quoted, an ID may hold anything else, keywords (`node`, `edge`,
 * `subgraph`) and `<`, `>`, `;`, `|`, `{`, `}` included.
 *
 * @param lines - the text, a line or the lines of a label
 * @param width - when given, lines longer than this are broken at spaces (see `wrapLine`)
 * @returns the quoted string, quotes included
 *
 * @example
 * ```ts
 * dotString(['say "hi"', 'C:\\temp']); // '"say \\"hi\\"\\nC:\\\\temp"'
 * ```
 *
 * @category Reports
 */
export function dotString(lines: string | readonly string[], width?: number): string {
  const all = (typeof lines === 'string' ? [lines] : lines).map(pictureText).flatMap((line) => (width === undefined ? [line] : wrapLine(line, width)));
  return `"${all.map((line) => line.replace(/[\\"]/g, '\\$&')).join('\\n')}"`;
}
