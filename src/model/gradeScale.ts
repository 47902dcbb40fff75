import * as z from 'zod/mini';
import { strictObject } from '../_internal/strictObject.js';
import { idSchema } from './id.js';

/**
 * The schema of a {@link GradeScale}.
 *
 * @category Schemas
 */
export const gradeScaleSchema = strictObject({
  /** how grades and minimum grades name this scale */
  id: idSchema,
  /** a readable name */
  name: z.exactOptional(z.string()),
  /** the grades, best first (A, B, C, F); give this or `range` */
  grades: z.exactOptional(z.array(strictObject({
    /** the grade as written on a transcript */
    grade: z.string().check(z.minLength(1)),
    /** the grade points it carries for a GPA (A = 4); graded work without points is left out of GPAs */
    points: z.exactOptional(z.number()),
  }))),
  /** a numeric scale instead of a list (percent); give this or `grades` */
  range: z.exactOptional(strictObject({
    /** the lowest possible grade */
    min: z.number(),
    /** the highest possible grade; not below `min` */
    max: z.number(),
  })),
  /** the lowest passing grade; every grade passes when absent */
  passing: z.exactOptional(z.union([z.string(), z.number()])),
  /** how grades on this scale map to another scale */
  conversions: z.exactOptional(
    z.array(strictObject({
      /** the scale converted to */
      to: idSchema,
      /** the table: grade by grade from a scale of `grades`, thresholds from a `range` */
      map: z.array(strictObject({
        /** a grade on this scale; from a `range`, the lowest grade that converts to `to` */
        from: z.union([z.string(), z.number()]),
        /** the grade it counts as on the other scale */
        to: z.union([z.string(), z.number()]),
      })),
    })),
  ),
});

/**
 * An ordered set of grades. Either `grades`, listed best first, each with
 * optional grade points (US letter grades, ECTS A–F, pass/fail), or a numeric
 * `range` where higher is better (percent). `passing` is the lowest passing
 * grade (every grade passes when absent). `conversions` state how a grade
 * maps to another scale; no other conversion is assumed. From a lettered
 * scale a conversion lists grades one by one; from a numeric scale its
 * `from` values are thresholds, and a grade converts to the `to` of the
 * highest one it reaches (`{ from: 90, to: 'A' }`: 90 and above is an A).
 *
 * @example
 * ```ts
 * const letter: GradeScale = {
 *   id: 'us-letter',
 *   grades: [{ grade: 'A', points: 4 }, { grade: 'B', points: 3 }, { grade: 'C', points: 2 }, { grade: 'F', points: 0 }],
 *   passing: 'C',
 * };
 * const percent: GradeScale = {
 *   id: 'percent',
 *   range: { min: 0, max: 100 },
 *   passing: 60,
 *   conversions: [{ to: 'us-letter', map: [{ from: 90, to: 'A' }, { from: 80, to: 'B' }, { from: 70, to: 'C' }, { from: 0, to: 'F' }] }],
 * };
 * ```
 *
 * @category Documents
 * @useDeclaredType
 */
export type GradeScale = z.infer<typeof gradeScaleSchema>;
