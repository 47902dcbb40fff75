import type { GradeScale } from '../model/gradeScale.js';
import { gradeRank } from './gradeRank.js';

/**
 * Whether a grade passes on its scale: at least the scale's `passing` grade,
 * or any grade on the scale when it names none.
 *
 * @param scale - the grade scale
 * @param value - a grade on it
 * @returns true when the grade is on the scale and passes
 *
 * @example
 * ```ts
 * isPassingGrade({ id: 'pct', range: { min: 0, max: 100 }, passing: 50 }, 49); // false
 * ```
 *
 * @category Grades
 */
export function isPassingGrade(scale: GradeScale, value: string | number): boolean {
  const rank = gradeRank(scale, value);
  if (rank === undefined) return false;
  if (scale.passing === undefined) return true;
  const bar = gradeRank(scale, scale.passing);
  return bar !== undefined && rank >= bar;
}
