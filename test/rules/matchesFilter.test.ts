import { describe, expect, it } from 'vitest';
import { matchesFilter } from '../../src/rules/matchesFilter.js';
import type { Unit } from '../../src/model/unit.js';

describe('matchesFilter', () => {
  it('agrees with the compiled filter', () => {
    const unit: Unit = { id: 'SC0x', kind: 'course', title: 'x', subjects: ['supply-chain'] };
    expect(matchesFilter(unit, { patterns: ['SC%'], subjects: ['supply-chain'] })).toBe(true);
    expect(matchesFilter(unit, { patterns: ['SC*'] })).toBe(false);
  });

  it('takes anyOf and a list of exclusions', () => {
    const unit: Unit = { id: 'SC0x', kind: 'course', title: 'x', subjects: ['supply-chain'], tags: ['online'] };
    expect(matchesFilter(unit, { anyOf: [{ subjects: ['finance'] }, { patterns: ['SC%'] }] })).toBe(true);
    expect(matchesFilter(unit, { anyOf: [{ subjects: ['finance'] }, { kinds: ['badge'] }] })).toBe(false);
    expect(matchesFilter(unit, { not: [{ kinds: ['badge'] }, { tags: { any: ['online'] } }] })).toBe(false);
    expect(matchesFilter(unit, { not: [{ kinds: ['badge'] }, { ids: ['SC1x'] }] })).toBe(true);
  });
});
