import { describe, expect, it } from 'vitest';
import { isPassingGrade } from '../../src/grades/isPassingGrade.js';

describe('isPassingGrade', () => {
  const letter = { id: 'l', grades: [{ grade: 'A' }, { grade: 'B' }, { grade: 'C' }, { grade: 'F' }], passing: 'C' };
  it('passes at or above the bar', () => {
    expect(isPassingGrade(letter, 'C')).toBe(true);
    expect(isPassingGrade(letter, 'F')).toBe(false);
    expect(isPassingGrade({ id: 'p', range: { min: 0, max: 100 }, passing: 50 }, 49.5)).toBe(false);
  });
  it('passes every grade on a scale without a bar, and none off it', () => {
    expect(isPassingGrade({ id: 'x', grades: [{ grade: 'Pass' }] }, 'Pass')).toBe(true);
    expect(isPassingGrade(letter, 'Z')).toBe(false);
  });
});
