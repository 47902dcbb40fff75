import { describe, expect, it } from 'vitest';
import { typedArrays } from '../../src/_internal/typedArrays.js';

describe('typedArrays', () => {
  it('makes zeroed arrays of the kinds and lengths asked for, in order', () => {
    const [a, b, c, d] = typedArrays([['f64', 3], ['i32', 5], ['u8', 7], ['i8', 2]]);
    expect(a).toBeInstanceOf(Float64Array);
    expect(b).toBeInstanceOf(Int32Array);
    expect(c).toBeInstanceOf(Uint8Array);
    expect(d).toBeInstanceOf(Int8Array);
    expect([a.length, b.length, c.length, d.length]).toEqual([3, 5, 7, 2]);
    for (const x of [a, b, c, d]) expect([...x].every((v) => v === 0)).toBe(true);
  });

  it('shares one buffer between views that never overlap, each on a multiple of 8 bytes', () => {
    const arrays = typedArrays([['u8', 3], ['f64', 2], ['i32', 3], ['u8', 9], ['f64', 1]]);
    expect(new Set(arrays.map((x) => x.buffer)).size).toBe(1);
    const spans = arrays.map((x) => [x.byteOffset, x.byteOffset + x.byteLength] as const);
    for (const [start] of spans) expect(start % 8).toBe(0);
    spans.forEach(([s1, e1], i) => spans.forEach(([s2, e2], j) => i !== j && expect(e1 <= s2 || e2 <= s1).toBe(true)));
    // Writing every element of one leaves the others as they were.
    arrays[1]!.fill(-1);
    arrays[3]!.fill(255);
    expect([...arrays[0]!, ...arrays[2]!, ...arrays[4]!].every((v) => v === 0)).toBe(true);
  });

  it('makes empty arrays for zero lengths', () => {
    const [a, b] = typedArrays([['f64', 0], ['i32', 0]]);
    expect(a.length + b.length).toBe(0);
  });
});
