/**
 * Turns a unit-id pattern into a test: `*` stands for exactly one character,
 * `%` for any run of characters (possibly empty); everything else matches
 * itself. `CS 4**` matches `CS 401` but not `CS 4010`.
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
  let source = '';
  for (const ch of pattern) {
    if (ch === '*') source += '[\\s\\S]';
    else if (ch === '%') source += '[\\s\\S]*';
    else source += ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  }
  const regex = new RegExp(`^${source}$`, 'u');
  return (id) => regex.test(id);
}
