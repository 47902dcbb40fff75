/**
 * Whether to colour what goes to a stream, by the rule Node itself follows
 * (and `util.styleText` on newer Node versions): `FORCE_COLOR` set to
 * anything but `0` or `false` turns colour on, even into a pipe; a
 * non-empty `NO_COLOR` turns it off; otherwise a terminal that has colours
 * gets them.
 *
 * @param stream - where the text goes (`isTTY`, and `hasColors` on a terminal)
 * @param env - the environment
 * @returns whether to colour
 *
 * @example
 * ```ts
 * colorFor(process.stdout, { NO_COLOR: '1' }); // false
 * ```
 *
 * @category Command line
 */
export function colorFor(stream: { readonly isTTY?: boolean; hasColors?(): boolean }, env: Readonly<Record<string, string | undefined>>): boolean {
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  return stream.isTTY === true && (stream.hasColors?.() ?? false);
}
