import type { GradeScale } from '../model/gradeScale.js';
import { convertGrade } from './convertGrade.js';

/**
 * The grade points a grade carries on its scale, for GPA: the listed
 * `points` of a lettered grade. A numeric grade (a `range` scale) that
 * converts to a scale with points (a percentage to US letters) carries the
 * points of the grade it converts to, so that a 76% and a B average on one
 * footing; without such a conversion (or without `scaleOf`), a numeric
 * grade is its own value (a 0–4 scale).
 *
 * @param scale - the grade scale
 * @param value - a grade on it
 * @param scaleOf - looks up the scales a numeric scale converts to
 * @returns the points, or `undefined` when the grade carries none
 *
 * @example
 * ```ts
 * gradePoints(letter, 'B'); // 3
 * gradePoints(percent, 76, (id) => catalog.gradeScale(id)); // 2, when percent converts 75 and above to C
 * ```
 *
 * @category Grades
 */
export function gradePoints(scale: GradeScale, value: string | number, scaleOf?: (id: string) => GradeScale | undefined): number | undefined {
  if (scale.grades) return scale.grades.find((g) => g.grade === String(value))?.points;
  if (!scale.range || typeof value !== 'number' || value < scale.range.min || value > scale.range.max) return undefined;
  for (const conversion of scale.conversions ?? []) {
    const target = scaleOf?.(conversion.to);
    if (!target?.grades?.some((g) => g.points !== undefined)) continue;
    const converted = convertGrade(scale, value, conversion.to);
    return converted === undefined ? undefined : gradePoints(target, converted);
  }
  return value;
}
