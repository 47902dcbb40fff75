import * as z from 'zod/mini';
import { strictObject } from '../_internal/strictObject.js';
import { idSchema } from './id.js';

/**
 * The schema of a {@link GradeScale}.
 *
 * @category Schemas
 */
export const gradeScaleSchema = strictObject({
  id: idSchema,
  name: z.exactOptional(z.string()),
  grades: z.exactOptional(z.array(strictObject({ grade: z.string().check(z.minLength(1)), points: z.exactOptional(z.number()) }))),
  range: z.exactOptional(strictObject({ min: z.number(), max: z.number() })),
  passing: z.exactOptional(z.union([z.string(), z.number()])),
  conversions: z.exactOptional(
    z.array(strictObject({ to: idSchema, map: z.array(strictObject({ from: z.union([z.string(), z.number()]), to: z.union([z.string(), z.number()]) })) })),
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
 */
export type GradeScale = z.infer<typeof gradeScaleSchema>;
