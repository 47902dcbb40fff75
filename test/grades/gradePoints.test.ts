import { describe, expect, it } from 'vitest';
import { gradePoints } from '../../src/grades/gradePoints.js';

describe('gradePoints', () => {
  it('gives listed points, numeric values, or nothing', () => {
    expect(gradePoints({ id: 'l', grades: [{ grade: 'A', points: 4 }, { grade: 'P' }] }, 'A')).toBe(4);
    expect(gradePoints({ id: 'l', grades: [{ grade: 'A', points: 4 }, { grade: 'P' }] }, 'P')).toBeUndefined();
    expect(gradePoints({ id: 'p', range: { min: 0, max: 100 } }, 72)).toBe(72);
  });
});
