import type { Io } from './Io.js';

/**
 * A file's text, or why it could not be read (`no such file`,
 * `permission denied`, ...).
 *
 * @category Command line
 */
export type ReadDocumentResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

const REASONS: ReadonlyMap<string, string> = new Map([
  ['ENOENT', 'no such file'],
  ['EACCES', 'permission denied'],
  ['EPERM', 'permission denied'],
  ['EISDIR', 'is a directory'],
  ['ENOTDIR', 'a part of the path is not a directory'],
  ['ENAMETOOLONG', 'file name too long'],
  ['EMFILE', 'too many open files'],
]);

/**
 * Reads a file through the {@link Io}, turning a failure into a short
 * reason a person understands instead of an exception.
 *
 * @param io - where to read
 * @param file - the path as the user gave it
 * @returns the text, or the reason it could not be read
 *
 * @example
 * ```ts
 * const read = await readDocument(io, 'catalog.yaml');
 * if (!read.ok) io.stdout(`catalog.yaml: cannot read: ${read.reason}\n`);
 * ```
 *
 * @category Command line
 */
export async function readDocument(io: Io, file: string): Promise<ReadDocumentResult> {
  try {
    return { ok: true, text: await io.readFile(file) };
  } catch (error) {
    return { ok: false, reason: describeReadError(error) };
  }
}

function describeReadError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const known = typeof code === 'string' ? REASONS.get(code) : undefined;
  if (known !== undefined) return known;
  if (error instanceof Error) return error.message.split('\n')[0] ?? 'unknown error';
  return 'unknown error';
}
