import { describe, expect, it } from 'vitest';
import type { AllocItem } from '../../../src/audit/allocation/AllocationProblem.js';
import { distinctCount, keyUnion, keysOf } from '../../../src/audit/allocation/distinctKeys.js';

const item = (extra: Partial<AllocItem>): AllocItem => ({ credits: 3, recognized: false, conflicts: [], ...extra });

describe('distinct keys', () => {
  it('reads every subject, the provider, every tag and the kind', () => {
    const it1 = item({ subject: 'econ', subjects: ['econ', 'stat'], provider: 'uni', tags: ['q'], kind: 'course' });
    expect([keysOf(it1, 'subject'), keysOf(it1, 'provider'), keysOf(it1, 'tag'), keysOf(it1, 'kind')]).toEqual([['econ', 'stat'], ['uni'], ['q'], ['course']]);
    expect(keysOf(item({ subject: 'econ' }), 'subject')).toEqual(['econ']);
    expect(keysOf(item({}), 'tag')).toEqual([]);
  });

  it('counts each item for one of its keys: the largest matching, not the union', () => {
    const items = [item({ tags: ['a', 'b'] }), item({ tags: ['a', 'b'] }), item({ tags: ['a'] }), item({ tags: ['c'] })];
    expect(keyUnion(items, [0, 1, 2], 'tag')).toBe(2);
    // Two items both tagged a and b cover a and b; a third tagged only a adds nothing.
    expect(distinctCount(items, [0, 1, 2], 'tag')).toBe(2);
    expect(distinctCount(items, [0], 'tag')).toBe(1);
    // The first item must give way to the third: 2 (b, then a) + c.
    expect(distinctCount(items, [0, 2, 3], 'tag')).toBe(3);
    expect(distinctCount(items, [], 'tag')).toBe(0);
  });
});
