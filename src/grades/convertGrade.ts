import type { GradeScale } from '../model/gradeScale.js';
import { gradeRank } from './gradeRank.js';

type Grade = string | number;
type ConversionRow = { from: Grade; to: Grade };

/**
 * Converts a grade to another scale, only through a conversion the catalog
 * states on the grade's scale. Never guesses.
 *
 * On a lettered scale (`grades`) a grade converts when the table lists it.
 * On a numeric scale (`range`, a percentage) the table's `from` values are
 * thresholds: a grade on the scale converts to the `to` of the highest
 * `from` it reaches (with `90 → A` and `80 → B`, 93.5 is an A and 89.9 a B),
 * and a grade below every threshold does not convert.
 *
 * @param from - the grade's scale
 * @param value - the grade
 * @param to - the id of the scale wanted
 * @returns the grade on `to`, or `undefined` when no stated conversion covers it
 *
 * @example
 * ```ts
 * convertGrade(ects, 'A', 'us-letter'); // 'A', when ects lists { to: 'us-letter', map: [{ from: 'A', to: 'A' }, ...] }
 * convertGrade(percent, 93.5, 'us-letter'); // 'A', when percent lists { to: 'us-letter', map: [{ from: 90, to: 'A' }, { from: 80, to: 'B' }] }
 * ```
 *
 * @category Grades
 */
export function convertGrade(from: GradeScale, value: Grade, to: string): Grade | undefined {
  if (from.id === to) return value;
  const conversion = from.conversions?.find((c) => c.to === to);
  if (!conversion) return undefined;
  if (from.range) return throughThresholds(from, conversion.map, value);
  return conversion.map.find((m) => String(m.from) === String(value))?.to;
}

/** The `to` of the highest numeric `from` that a grade on the scale reaches. */
function throughThresholds(scale: GradeScale, map: readonly ConversionRow[], value: Grade): Grade | undefined {
  if (gradeRank(scale, value) === undefined) return undefined;
  let best: ConversionRow | undefined;
  for (const row of map) {
    if (typeof row.from === 'number' && row.from <= (value as number) && (best === undefined || row.from > (best.from as number))) best = row;
  }
  return best?.to;
}
