import type { GradeScale } from '../model/gradeScale.js';

/**
 * Where a grade stands on its scale, as a number where higher is better:
 * for a list of grades (best first) the negated position, for a numeric
 * range the value itself.
 *
 * @param scale - the grade scale
 * @param value - a grade on it
 * @returns its rank, or `undefined` when the grade is not on the scale
 *
 * @example
 * ```ts
 * gradeRank(letter, 'A') > gradeRank(letter, 'B'); // true
 * ```
 *
 * @category Grades
 */
export function gradeRank(scale: GradeScale, value: string | number): number | undefined {
  if (scale.grades) {
    const index = scale.grades.findIndex((g) => g.grade === String(value));
    return index < 0 ? undefined : -index;
  }
  if (scale.range && typeof value === 'number' && Number.isFinite(value)) {
    return value >= scale.range.min && value <= scale.range.max ? value : undefined;
  }
  return undefined;
}
