import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLines, type SplitLine } from '../../../src/cli/cohort/splitLines.js';

async function* chunked(bytes: Uint8Array, sizes: readonly number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (let k = 0; at < bytes.length; k++) {
    const size = Math.max(1, sizes[k % Math.max(1, sizes.length)] ?? 1);
    yield bytes.slice(at, at + size);
    at += size;
  }
}

async function collect(text: string | Uint8Array, sizes: readonly number[] = [5], maxBytes = 1_000): Promise<SplitLine[]> {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const out: SplitLine[] = [];
  for await (const entry of splitLines(chunked(bytes, sizes), maxBytes)) out.push(entry);
  return out;
}

describe('splitLines', () => {
  it('numbers lines from 1, skips blank ones, drops \\r and reads a last line without a newline', async () => {
    expect(await collect('{"a":1}\r\n\n  \n{"b":2}\n{"c":3}')).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 4, text: '{"b":2}' },
      { line: 5, text: '{"c":3}' },
    ]);
  });

  it('gives the same lines however the bytes are chunked, characters split across chunks included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }).filter((s) => !s.includes('\n') && !s.includes('\r')), { maxLength: 8 }), fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 }), async (lines, sizes) => {
        const text = lines.join('\n');
        const expected = lines.map((t, i) => ({ line: i + 1, text: t })).filter((e) => e.text.trim() !== '');
        expect(await collect(text, sizes)).toEqual(expected);
      }),
    );
  });

  it('reports a line longer than the limit with its number and goes on with the next', async () => {
    const out = await collect(`${'x'.repeat(50)}\n{"ok":true}\n${'y'.repeat(60)}`, [4], 20);
    expect(out.map((e) => ('issue' in e ? `${e.line}:${e.issue.code}` : `${e.line}:${e.text}`))).toEqual(['1:too_large', '2:{"ok":true}', '3:too_large']);
  });

  it('reports a line that is not UTF-8 with its number', async () => {
    const bytes = new Uint8Array([0x7b, 0x7d, 0x0a, 0x7b, 0xff, 0x7d, 0x0a, 0x7b, 0x7d]);
    const out = await collect(bytes, [2]);
    expect(out.map((e) => ('issue' in e ? `${e.line}:${e.issue.code}:${e.issue.line}` : `${e.line}:${e.text}`))).toEqual(['1:{}', '2:malformed:2', '3:{}']);
  });
});
