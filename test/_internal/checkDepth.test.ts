import { describe, expect, it } from 'vitest';
import { checkDepth } from '../../src/_internal/checkDepth.js';

describe('checkDepth', () => {
  it('accepts data within the limit and names the path past it', () => {
    expect(checkDepth({ a: [{ b: 1 }] }, 3)).toBeUndefined();
    const found = checkDepth({ a: [{ b: { c: 1 } }] }, 3);
    expect(found).toMatchObject({ code: 'too_deep', path: ['a', 0, 'b'] });
  });
});
