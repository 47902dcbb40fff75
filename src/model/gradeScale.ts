import * as z from 'zod';
import { idSchema } from './id.js';

/**
 * The schema of a {@link GradeScale}.
 *
 * @category Schemas
 */
export const gradeScaleSchema = z.strictObject({
  id: idSchema,
  name: z.string().exactOptional(),
  grades: z
    .array(z.strictObject({ grade: z.string().min(1), points: z.number().exactOptional() }))
    .exactOptional(),
  range: z.strictObject({ min: z.number(), max: z.number() }).exactOptional(),
  passing: z.union([z.string(), z.number()]).exactOptional(),
  conversions: z
    .array(z.strictObject({ to: idSchema, map: z.array(z.strictObject({ from: z.union([z.string(), z.number()]), to: z.union([z.string(), z.number()]) })) }))
    .exactOptional(),
});

/**
 * An ordered set of grades. Either `grades`, listed best first, each with
 * optional grade points (US letter grades, ECTS A–F, pass/fail), or a numeric
 * `range` where higher is better (percent). `passing` is the lowest passing
 * grade (every grade passes when absent). `conversions` state how a grade
 * maps to another scale; no other conversion is assumed.
 *
 * @example
 * ```ts
 * const letter: GradeScale = {
 *   id: 'us-letter',
 *   grades: [{ grade: 'A', points: 4 }, { grade: 'B', points: 3 }, { grade: 'C', points: 2 }, { grade: 'F', points: 0 }],
 *   passing: 'C',
 * };
 * ```
 *
 * @category Documents
 */
export type GradeScale = z.infer<typeof gradeScaleSchema>;
