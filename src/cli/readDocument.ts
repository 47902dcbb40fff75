import type { Issue } from '../issues/Issue.js';
import { issue } from '../_internal/issue.js';
import type { Io } from './Io.js';
import { decodeUtf8 } from './decodeUtf8.js';

/**
 * A file's text; or why it could not be read (`no such file`, `permission
 * denied`, ...); or the issues that keep its bytes from being taken as text
 * (larger than the limit, not UTF-8).
 *
 * @category Command line
 */
export type ReadDocumentResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: string }
  | { readonly ok: false; readonly issues: readonly Issue[] };

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
 * Reads a file through the {@link Io} as UTF-8 text, turning a failure into
 * a short reason a person understands instead of an exception. A file of
 * more than `maxBytes` bytes is refused unread (`too_large`), bytes that are
 * not UTF-8 with the line and column of the first (`malformed`).
 *
 * @param io - where to read
 * @param file - the path as the user gave it
 * @param maxBytes - the most bytes the file may have
 * @returns the text, the reason it could not be read, or the issues with its bytes
 *
 * @example
 * ```ts
 * const read = await readDocument(io, 'catalog.yaml', 50_000_000);
 * if (!read.ok && 'reason' in read) io.stdout(`catalog.yaml: cannot read: ${read.reason}\n`);
 * ```
 *
 * @category Command line
 */
export async function readDocument(io: Io, file: string, maxBytes: number): Promise<ReadDocumentResult> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file, maxBytes);
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === 'EFBIG') {
      return { ok: false, issues: [issue('too_large', [], `the file is larger than ${maxBytes} bytes; raise --max-size if it is genuine`, { expected: `at most ${maxBytes} bytes` })] };
    }
    return { ok: false, reason: describeReadError(error) };
  }
  const decoded = decodeUtf8(bytes);
  return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, issues: [decoded.issue] };
}

/**
 * A read error in words: the reason for a known Node error code, else the
 * first line of its message.
 *
 * @param error - what reading threw
 * @returns the reason
 *
 * @example
 * ```ts
 * describeReadError(Object.assign(new Error(), { code: "ENOENT" })); // "no such file"
 * ```
 *
 * @category Command line
 */
export function describeReadError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const known = typeof code === 'string' ? REASONS.get(code) : undefined;
  if (known !== undefined) return known;
  if (error instanceof Error) return error.message.split('\n')[0] ?? 'unknown error';
  return 'unknown error';
}
