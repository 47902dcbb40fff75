import { describe, expect, it } from 'vitest';
import { matchesFilter } from '../../src/rules/matchesFilter.js';
import type { Unit } from '../../src/model/unit.js';

describe('matchesFilter', () => {
  it('agrees with the compiled filter', () => {
    const unit: Unit = { id: 'SC0x', kind: 'course', title: 'x', subjects: ['supply-chain'] };
    expect(matchesFilter(unit, { patterns: ['SC%'], subjects: ['supply-chain'] })).toBe(true);
    expect(matchesFilter(unit, { patterns: ['SC*'] })).toBe(false);
  });
});
