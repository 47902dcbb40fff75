import * as z from 'zod/mini';
import { strictObject } from '../_internal/strictObject.js';
import { filterSchema } from './filter.js';

/**
 * The schema of an {@link ApplyLimit}.
 *
 * @category Schemas
 */
export const applyLimitSchema = strictObject({
  /** a name for people */
  title: z.exactOptional(z.string()),
  /** the units the limit concerns */
  select: filterSchema,
  /** at most this much of them; give `count`, `credits` or both */
  max: strictObject({
    /** at most this many achievements */
    count: z.exactOptional(z.number().check(z.int(), z.minimum(0))),
    /** at most these credits */
    credits: z.exactOptional(z.number().check(z.minimum(0))),
  }),
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
 * @useDeclaredType
 */
export type ApplyLimit = z.infer<typeof applyLimitSchema>;
