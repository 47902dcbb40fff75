/** A place in a text: line and column, both counted from 1. @internal */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/**
 * The line and column of each offset into a text, in one pass over it
 * however many offsets are asked for.
 *
 * @internal
 */
export function positionsOf(text: string, offsets: Iterable<number>): Map<number, TextPosition> {
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const found = new Map<number, TextPosition>();
  let line = 1;
  let lineStart = 0;
  let newline = text.indexOf('\n');
  for (const offset of sorted) {
    while (newline !== -1 && newline < offset) {
      line++;
      lineStart = newline + 1;
      newline = text.indexOf('\n', lineStart);
    }
    found.set(offset, { line, column: offset - lineStart + 1 });
  }
  return found;
}
