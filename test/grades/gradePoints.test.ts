import { describe, expect, it } from 'vitest';
import { gradePoints } from '../../src/grades/gradePoints.js';

describe('gradePoints', () => {
  it('gives listed points, numeric values, or nothing', () => {
    expect(gradePoints({ id: 'l', grades: [{ grade: 'A', points: 4 }, { grade: 'P' }] }, 'A')).toBe(4);
    expect(gradePoints({ id: 'l', grades: [{ grade: 'A', points: 4 }, { grade: 'P' }] }, 'P')).toBeUndefined();
    expect(gradePoints({ id: 'p', range: { min: 0, max: 100 } }, 72)).toBe(72);
  });
});

describe('gradePoints on a numeric scale that converts to one with points', () => {
  const letter = { id: 'us-letter', grades: [{ grade: 'A', points: 4 }, { grade: 'B', points: 3 }, { grade: 'C', points: 2 }, { grade: 'F', points: 0 }] };
  const percent = { id: 'percent', range: { min: 0, max: 100 }, conversions: [{ to: 'us-letter', map: [{ from: 90, to: 'A' }, { from: 80, to: 'B' }, { from: 70, to: 'C' }, { from: 0, to: 'F' }] }] };
  const scaleOf = (id: string) => (id === 'us-letter' ? letter : undefined);

  it('takes the points of the grade it converts to, so that GPAs mix scales on one footing', () => {
    expect(gradePoints(percent, 76, scaleOf)).toBe(2);
    expect(gradePoints(percent, 93.5, scaleOf)).toBe(4);
    expect(gradePoints(percent, 12, scaleOf)).toBe(0);
  });

  it('is the value itself when nothing says how it converts', () => {
    expect(gradePoints(percent, 76)).toBe(76);
    expect(gradePoints({ id: 'gpa', range: { min: 0, max: 4 } }, 3.7, scaleOf)).toBe(3.7);
    expect(gradePoints(percent, 120, scaleOf)).toBeUndefined();
  });
});
