import * as z from 'zod/mini';
import { strictObject } from '../_internal/strictObject.js';
import { idSchema } from './id.js';
import { isoDateSchema } from './isoDate.js';
import { creditsSchema } from './credits.js';

const common = {
  /** the exception's id, unique in the record */
  id: idSchema,
  /** the one program whose audits it applies to; every program when absent */
  program: z.exactOptional(idSchema),
  /** why, in words (not empty) */
  reason: z.string().check(z.minLength(1)),
  /** who decided it (not empty) */
  author: z.string().check(z.minLength(1)),
  /** when it was decided */
  date: z.exactOptional(isoDateSchema),
};

/**
 * The schema of an {@link Exception}.
 *
 * @category Schemas
 */
export const exceptionSchema = z.discriminatedUnion('kind', [
  strictObject({
    ...common,
    /** what is decided (see below) */
    kind: z.literal('waive'),
    /** the node waived */
    requirement: idSchema,
  }),
  strictObject({
    ...common,
    /** what is decided (see below) */
    kind: z.literal('substitute'),
    /** the achievement that stands in */
    achievement: idSchema,
    /** the node it counts for */
    requirement: idSchema,
  }),
  strictObject({
    ...common,
    /** what is decided (see below) */
    kind: z.literal('pin'),
    /** the achievement pinned */
    achievement: idSchema,
    /** the node it goes to */
    requirement: idSchema,
  }),
  strictObject({
    ...common,
    /** what is decided (see below) */
    kind: z.literal('exclude'),
    /** the achievement left out */
    achievement: idSchema,
  }),
  strictObject({
    ...common,
    /** what is decided (see below) */
    kind: z.literal('credit'),
    /** the achievement concerned */
    achievement: idSchema,
    /** the credits it counts for instead */
    credits: creditsSchema,
  }),
]);

/**
 * What an advisor decided by hand, applied as data and reported in the
 * result. Each names a `reason` and its `author`; `program` limits it to one
 * program's audits.
 *
 * - `waive` a requirement node (by id);
 * - `substitute` an achievement for a requirement it would not otherwise meet;
 * - `pin` an achievement to a requirement;
 * - `exclude` an achievement from the audit;
 * - `credit`: count an achievement for other credits than its unit's.
 *
 * @example
 * ```ts
 * const e: Exception = {
 *   id: 'x1', kind: 'waive', requirement: 'capstone', reason: 'equivalent industry project', author: 'registrar@hes',
 * };
 * ```
 *
 * @category Documents
 * @useDeclaredType
 */
export type Exception = z.infer<typeof exceptionSchema>;
