import { clipMessage } from '../_internal/clipMessage.js';
import { escapeControls } from '../_internal/escapeControls.js';

// A high surrogate not followed by a low one, or a low one not after a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Makes one line of a picture's label safe to put in any syntax: line
 * breaks and tabs become spaces (a label's lines are the writer's to
 * break), control characters are made visible (`\x1B`) so that no
 * terminal escape reaches the output, and a lone surrogate, which no
 * encoding can write, becomes U+FFFD; a huge line is cut (with its
 * length) so that a 10 MB title cannot fill a picture. The writers then
 * escape what their own syntax needs.
 *
 * @param text - a line of a label, from the `PLAIN_STYLE` helpers or the writers' own words
 * @returns the line, safe as plain text
 *
 * @example
 * ```ts
 * pictureText('A\n\u001b[2Jtitle'); // 'A \\x1B[2Jtitle'
 * ```
 *
 * @category Reports
 */
export function pictureText(text: string): string {
  return escapeControls(clipMessage(text).replace(/\s*[\r\n]+\s*/g, ' ').replace(/\t/g, ' ')).replace(LONE_SURROGATE, '\uFFFD');
}
