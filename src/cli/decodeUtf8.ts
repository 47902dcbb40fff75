import type { Issue } from '../issues/Issue.js';
import { issue } from '../_internal/issue.js';

/**
 * A file's bytes as text, or a `malformed` issue with the line and column
 * of the first byte that is not UTF-8. A byte-order mark is dropped.
 *
 * @param bytes - the file's bytes
 * @returns the text, or the issue
 *
 * @example
 * ```ts
 * decodeUtf8(new Uint8Array([0x61, 0xff])); // { ok: false, issue: { code: 'malformed', line: 1, column: 2, ... } }
 * ```
 *
 * @category Command line
 */
export function decodeUtf8(bytes: Uint8Array): { readonly ok: true; readonly text: string } | { readonly ok: false; readonly issue: Issue } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const at = Math.max(0, firstInvalidByte(bytes));
    const lineStart = bytes.lastIndexOf(0x0a, at - 1) + 1;
    const line = 1 + countNewlines(bytes, lineStart);
    // Everything before the bad byte is valid, so its length in characters is the column.
    // (A byte-order mark is dropped from the text, so it counts only where it is not the file's first.)
    const column = new TextDecoder('utf-8', { ignoreBOM: lineStart !== 0 }).decode(bytes.subarray(lineStart, at)).length + 1;
    const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    const found = issue('malformed', [], `the file is not UTF-8 text: byte 0x${byte} cannot start or continue a character here (save the file as UTF-8)`);
    return { ok: false, issue: Object.freeze({ ...found, line, column }) };
  }
}

function countNewlines(bytes: Uint8Array, end: number): number {
  let count = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < end; i = bytes.indexOf(0x0a, i + 1)) count++;
  return count;
}

/** The index of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (need === 0) return i;
    // The second byte's range is narrower after some leads: no overlong forms, surrogates or code points past U+10FFFF.
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}
