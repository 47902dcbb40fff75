import { describe, expect, it } from 'vitest';
import { gradeRank } from '../../src/grades/gradeRank.js';

const letter = { id: 'l', grades: [{ grade: 'A', points: 4 }, { grade: 'B', points: 3 }, { grade: 'F', points: 0 }], passing: 'B' };
const percent = { id: 'p', range: { min: 0, max: 100 }, passing: 50 };

describe('gradeRank', () => {
  it('ranks listed grades best first', () => {
    expect(gradeRank(letter, 'A')!).toBeGreaterThan(gradeRank(letter, 'B')!);
    expect(gradeRank(letter, 'B')!).toBeGreaterThan(gradeRank(letter, 'F')!);
  });
  it('ranks numeric grades by value within the range', () => {
    expect(gradeRank(percent, 86)).toBe(86);
    expect(gradeRank(percent, 101)).toBeUndefined();
    expect(gradeRank(percent, '86')).toBeUndefined();
  });
  it('says when a grade is not on the scale', () => {
    expect(gradeRank(letter, 'Z')).toBeUndefined();
  });
});
