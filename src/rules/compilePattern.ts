/** A `*` in a compiled segment: any one code point. */
const ANY = -1;

/**
 * Turns a unit-id pattern into a test: `*` stands for exactly one character,
 * `%` for any run of characters (possibly empty); everything else matches
 * itself. `CS 4**` matches `CS 401` but not `CS 4010`. Characters are code
 * points, so `*` matches an emoji too.
 *
 * Matching takes time linear in the id for each piece of the pattern
 * between `%`s (at worst the id's length times the pattern's), never
 * exponential: the pieces are found left to right, each at its first
 * place, which is always a right choice for patterns of this kind, so
 * nothing is ever retried. Runs of `%` count as one.
 *
 * @param pattern - the pattern
 * @returns a function telling whether an id matches
 *
 * @example
 * ```ts
 * compilePattern('CS 4**')('CS 410'); // true
 * compilePattern('SC%')('SC0x'); // true
 * ```
 *
 * @category Rules
 */
export function compilePattern(pattern: string): (id: string) => boolean {
  // Pieces between runs of `%`, as code points (ANY for `*`).
  const pieces: number[][] = [[]];
  for (const ch of pattern) {
    const last = pieces[pieces.length - 1]!;
    if (ch === '%') {
      if (last.length > 0 || pieces.length === 1) pieces.push([]);
    } else last.push(ch === '*' ? ANY : ch.codePointAt(0)!);
  }
  const anchoredEnd = !pattern.endsWith('%');
  if (pieces.length === 1) return (id) => matchesWhole(pieces[0]!, codePoints(id));
  return (id) => matchesPieces(pieces, anchoredEnd, codePoints(id));
}

function codePoints(id: string): readonly number[] {
  const points: number[] = [];
  for (let i = 0; i < id.length; i++) {
    const c = id.codePointAt(i)!;
    points.push(c);
    if (c > 0xffff) i++;
  }
  return points;
}

function matchesWhole(piece: readonly number[], id: readonly number[]): boolean {
  return piece.length === id.length && matchesAt(piece, id, 0);
}

/** `pieces[0]` starts the id; the last piece ends it unless the pattern ends with `%`; the rest are found in order, each at its first place. */
function matchesPieces(pieces: readonly (readonly number[])[], anchoredEnd: boolean, id: readonly number[]): boolean {
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  if (!matchesAt(first, id, 0)) return false;
  let from = first.length;
  const middleEnd = anchoredEnd ? pieces.length - 1 : pieces.length;
  // The last piece is pinned to the end, so the middle ones must fit before it.
  const limit = anchoredEnd ? id.length - last.length : id.length;
  if (limit < from) return false;
  for (let p = 1; p < middleEnd; p++) {
    const at = findFrom(pieces[p]!, id, from, limit);
    if (at === -1) return false;
    from = at + pieces[p]!.length;
  }
  return !anchoredEnd || matchesAt(last, id, id.length - last.length);
}

/** The first index from `from` where `piece` matches and ends by `limit`, or -1. */
function findFrom(piece: readonly number[], id: readonly number[], from: number, limit: number): number {
  for (let at = from; at + piece.length <= limit; at++) if (matchesAt(piece, id, at)) return at;
  return -1;
}

function matchesAt(piece: readonly number[], id: readonly number[], at: number): boolean {
  if (at < 0 || at + piece.length > id.length) return false;
  for (let i = 0; i < piece.length; i++) {
    const want = piece[i]!;
    if (want !== ANY && want !== id[at + i]) return false;
  }
  return true;
}
