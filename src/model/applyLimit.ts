import * as z from 'zod';
import { filterSchema } from './filter.js';

/**
 * The schema of an {@link ApplyLimit}.
 *
 * @category Schemas
 */
export const applyLimitSchema = z.strictObject({
  title: z.string().exactOptional(),
  select: filterSchema,
  max: z.strictObject({ count: z.number().int().min(0).exactOptional(), credits: z.number().min(0).exactOptional() }),
});

/**
 * A limit on what a requirement node applies: at most `max.count`
 * achievements, and at most `max.credits` credits, of those whose units
 * match `select` ("at most two courses taken off campus", "at most one
 * pass/fail course"). On a `unit` or `select` leaf it is a cap: matching
 * achievements are counted in order (earlier earned first, then id) and
 * those past it do not count there, the one crossing a credit limit
 * counting for the room left. On an inner node it is a test over what
 * counts below it: the node does not hold while more is applied below it
 * than the limit allows, and the allocation arranges the leaves so that it
 * holds.
 *
 * @example
 * ```ts
 * const offCampus: ApplyLimit = { title: 'At most two off-campus courses', select: { tags: { any: ['off-campus'] } }, max: { count: 2 } };
 * ```
 *
 * @category Documents
 */
export type ApplyLimit = z.infer<typeof applyLimitSchema>;
