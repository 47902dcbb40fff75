import { pictureText } from './pictureText.js';
import { wrapLine } from './wrapLine.js';

// Mermaid entity codes (`#quot;`, `#35;`) for what could end a label or be
// read as markup: quotes, brackets, pipes, angle brackets, backticks
// (Markdown strings), `%` (directives such as `%%{init}%%`), `&` and `#`
// themselves, and the two characters Mermaid uses to hide entities while it
// parses (so that data cannot forge one).
const ENTITIES: Readonly<Record<string, string>> = {
  '#': '#35;',
  '&': '#38;',
  '"': '#quot;',
  '|': '#124;',
  '<': '#lt;',
  '>': '#gt;',
  '`': '#96;',
  '[': '#91;',
  ']': '#93;',
  '{': '#123;',
  '}': '#125;',
  '%': '#37;',
  '\u00B6': '#182;',
  '\uFB02': '#64258;',
};
const SPECIAL = /[#&"|<>`[\]{}%\u00B6\uFB02]/g;

/**
 * Writes a label's lines as the inside of a quoted Mermaid label
 * (`n0["..."]`, `-->|"..."|`): each line made safe with `pictureText`,
 * every character that could end the label or start markup written as a
 * Mermaid entity code, and the lines joined with `<br/>`, the only markup
 * a label holds. Two quirks of Mermaid's parser are defused too: a line
 * containing `direction TB` (or `LR`, `RL`, `BT`) anywhere is read as a
 * direction statement, so the space after `direction` is written `#32;`;
 * and Mermaid cuts the last `;` of a line holding `style` or `classDef`
 * and a `:`, so in such a label the colons are written `#58;`.
 *
 * @param lines - the label's lines, plain text
 * @param width - when given, lines longer than this are broken at spaces (see `wrapLine`)
 * @returns the escaped label, without its quotes
 *
 * @example
 * ```ts
 * mermaidLabel(['A "quoted" [title]', '16/48 credits']);
 * // 'A #quot;quoted#quot; #91;title#93;<br/>16/48 credits'
 * ```
 *
 * @category Reports
 */
export function mermaidLabel(lines: readonly string[], width?: number): string {
  const plain = lines.map(pictureText).flatMap((line) => (width === undefined ? [line] : wrapLine(line, width)));
  const colons = plain.some((line) => /style|classDef/.test(line));
  return plain.map((line) => escapeLine(line, colons)).join('<br/>');
}

function escapeLine(line: string, colons: boolean): string {
  const escaped = line.replace(SPECIAL, (c) => ENTITIES[c]!).replace(/(direction)(\s)/gi, (_m, word: string, space: string) => `${word}#${space.codePointAt(0)!};`);
  return colons ? escaped.replace(/:/g, '#58;') : escaped;
}
