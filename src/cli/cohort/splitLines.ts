import type { Issue } from '../../issues/Issue.js';
import { issue } from '../../_internal/issue.js';
import { decodeUtf8 } from '../decodeUtf8.js';
import type { CohortLine } from './CohortPool.js';

/**
 * A line of an NDJSON file as {@link splitLines} reads it: its text, or
 * the issue that keeps it from being read (too long, not UTF-8).
 *
 * @category Command line
 */
export type SplitLine = CohortLine | { readonly line: number; readonly issue: Issue };

/**
 * Splits a stream of bytes into lines (`\n`, with an optional `\r`),
 * holding at most one line in memory, so that a file of any length is read
 * in flat memory. Blank lines are skipped (their numbers still count). A
 * line longer than `maxBytes` is skipped to its end and reported; so is a
 * line that is not UTF-8.
 *
 * @param chunks - the file's bytes, in order
 * @param maxBytes - the most bytes one line may have
 * @returns the lines, numbered from 1
 *
 * @example
 * ```ts
 * for await (const entry of splitLines(io.readChunks('cohort.ndjson'), 1_000_000)) console.log(entry.line);
 * ```
 *
 * @category Command line
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<SplitLine> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let tooLong = false;
  let line = 0;
  for await (const chunk of chunks) {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, start)) {
      line += 1;
      const piece = chunk.subarray(start, nl);
      const out = tooLong || size + piece.length > maxBytes ? overlong(line, maxBytes) : finish(line, parts, size, piece);
      if (out !== undefined) yield out;
      parts = [];
      size = 0;
      tooLong = false;
      start = nl + 1;
    }
    const rest = chunk.subarray(start);
    if (tooLong || size + rest.length > maxBytes) {
      tooLong = true;
      parts = [];
    } else if (rest.length > 0) {
      // Copied: a stream may reuse its chunk's memory.
      parts.push(rest.slice());
      size += rest.length;
    }
  }
  if (tooLong) yield overlong(line + 1, maxBytes);
  else if (size > 0) {
    const out = finish(line + 1, parts, size, new Uint8Array(0));
    if (out !== undefined) yield out;
  }
}

function finish(line: number, parts: readonly Uint8Array[], size: number, last: Uint8Array): SplitLine | undefined {
  let bytes = last;
  if (parts.length > 0) {
    bytes = new Uint8Array(size + last.length);
    let at = 0;
    for (const p of parts) {
      bytes.set(p, at);
      at += p.length;
    }
    bytes.set(last, at);
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { line, issue: { ...decoded.issue, message: decoded.issue.message.replace('the file is', 'the line is'), line } };
  const text = decoded.text.endsWith('\r') ? decoded.text.slice(0, -1) : decoded.text;
  return text.trim() === '' ? undefined : { line, text };
}

function overlong(line: number, maxBytes: number): SplitLine {
  return { line, issue: { ...issue('too_large', [], `the line is longer than ${maxBytes} bytes; raise --max-size if it is genuine`), line } };
}
