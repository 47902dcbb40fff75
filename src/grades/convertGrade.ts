import type { GradeScale } from '../model/gradeScale.js';

/**
 * Converts a grade to another scale, only through a conversion the catalog
 * states on the grade's scale. Never guesses.
 *
 * @param from - the grade's scale
 * @param value - the grade
 * @param to - the id of the scale wanted
 * @returns the grade on `to`, or `undefined` when no stated conversion covers it
 *
 * @example
 * ```ts
 * convertGrade(ects, 'A', 'us-letter'); // 'A', when ects lists { to: 'us-letter', map: [{ from: 'A', to: 'A' }, ...] }
 * ```
 *
 * @category Grades
 */
export function convertGrade(from: GradeScale, value: string | number, to: string): string | number | undefined {
  if (from.id === to) return value;
  const conversion = from.conversions?.find((c) => c.to === to);
  return conversion?.map.find((m) => String(m.from) === String(value))?.to;
}
