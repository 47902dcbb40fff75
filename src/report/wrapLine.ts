/** How wide the picture writers let a label's line grow before breaking it. */
export const LABEL_WIDTH = 50;

/**
 * Breaks a line of a picture's label at spaces so that no piece is much
 * longer than `width` characters (a word longer than that, an id or a URL,
 * is kept whole), so that long titles and edge labels do not run into
 * each other.
 *
 * @param line - one line, already one line of plain text
 * @param width - the widest a piece should be (counted in UTF-16 code units)
 * @returns the pieces, at least one
 *
 * @example
 * ```ts
 * wrapLine('Master of Liberal Arts (ALM) in Management, Harvard Extension School', 40);
 * // ['Master of Liberal Arts (ALM) in', 'Management, Harvard Extension School']
 * ```
 *
 * @category Reports
 */
export function wrapLine(line: string, width: number): string[] {
  if (line.length <= width) return [line];
  // Each break takes the place of exactly one space, so joining the pieces with spaces gives the line back.
  const [first = '', ...words] = line.split(' ');
  const pieces: string[] = [];
  let current = first;
  for (const word of words) {
    if (current !== '' && current.length + 1 + word.length > width) {
      pieces.push(current);
      current = word;
    } else {
      current = `${current} ${word}`;
    }
  }
  pieces.push(current);
  return pieces;
}
