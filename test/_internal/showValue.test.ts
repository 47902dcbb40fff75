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
    expect(showValue({ a: 'x'.repeat(100) })).toHaveLength(60);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(typeof showValue(proxy)).toBe('string');
  });

  it('cuts a long string before quoting it, and says how long it was', () => {
    const shown = showValue('x'.repeat(10_000_000));
    expect(shown.length).toBeLessThan(100);
    expect(shown).toContain('10000000 characters');
  });
});
