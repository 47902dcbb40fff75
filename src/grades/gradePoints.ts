import type { GradeScale } from '../model/gradeScale.js';

/**
 * The grade points a grade carries on its scale, for GPA: the listed
 * `points` of a lettered grade; a numeric grade is its own value.
 *
 * @param scale - the grade scale
 * @param value - a grade on it
 * @returns the points, or `undefined` when the grade carries none
 *
 * @example
 * ```ts
 * gradePoints(letter, 'B'); // 3
 * ```
 *
 * @category Grades
 */
export function gradePoints(scale: GradeScale, value: string | number): number | undefined {
  if (scale.grades) return scale.grades.find((g) => g.grade === String(value))?.points;
  if (scale.range && typeof value === 'number' && value >= scale.range.min && value <= scale.range.max) return value;
  return undefined;
}
