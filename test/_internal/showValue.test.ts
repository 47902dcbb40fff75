import { describe, expect, it } from 'vitest';
import { showValue } from '../../src/_internal/showValue.js';

describe('showValue', () => {
  it('writes JSON, cut short, and never throws', () => {
    expect(showValue('B')).toBe('"B"');
    expect(showValue(Number.NaN)).toBe('NaN');
    expect(showValue(Object.create(null))).toBe('{}');
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(showValue(cyclic)).toBe('object');
    expect(showValue(undefined)).toBe('undefined');
    expect(showValue('x'.repeat(100))).toHaveLength(60);
  });
});
