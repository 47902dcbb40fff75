import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../src/cli/decodeUtf8.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('decodeUtf8', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], 'units: [] # é'))).toEqual({ ok: true, text: 'units: [] # é' });
  });

  it.each([
    ['a byte that starts nothing', bytes('ab\ncd', [0xff]), 2, 3],
    ['an overlong form', bytes('x', [0xc0, 0x80]), 1, 2],
    ['an encoded surrogate', bytes('é\n\nxy', [0xed, 0xa0, 0x80]), 3, 3],
    ['a character cut at the end', bytes('abc', [0xe2, 0x82]), 1, 4],
    ['a code point past U+10FFFF', bytes([0xf4, 0x90, 0x80, 0x80]), 1, 1],
  ])('reports %s as malformed at its line and column', (_, input, line, column) => {
    expect(decodeUtf8(input)).toEqual({ ok: false, issue: expect.objectContaining({ code: 'malformed', path: [], line, column }) });
  });
});
