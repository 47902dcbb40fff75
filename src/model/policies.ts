import * as z from 'zod/mini';
import { strictObject } from '../_internal/strictObject.js';
import { idSchema } from './id.js';
import { durationSchema } from './duration.js';

const amount = () => z.number().check(z.minimum(0));
const share = () => z.number().check(z.minimum(0), z.maximum(1));

/**
 * The schema of a program's {@link Policies}.
 *
 * @category Schemas
 */
export const policiesSchema = strictObject({
  /** the system the program's credit figures are in; the program unit's own credits' system when absent */
  creditSystem: z.exactOptional(idSchema),
  /** at least this many credits applied in all */
  totalCredits: z.exactOptional(amount()),
  /** how much must be earned at the home institution */
  residency: z.exactOptional(
    strictObject({
      /** at least these credits earned there */
      credits: z.exactOptional(amount()),
      /** at least this share of the applied credits earned there */
      share: z.exactOptional(share()),
      /** the home institution; the program's provider when absent */
      institution: z.exactOptional(idSchema),
    }),
  ),
  /** how much may come from recognitions and transfers */
  maxRecognized: z.exactOptional(strictObject({
    /** at most these credits */
    credits: z.exactOptional(amount()),
    /** at most this share of the applied credits */
    share: z.exactOptional(share()),
  })),
  /** every applied achievement earned within this long of the earliest (`P5Y`) */
  timeLimit: z.exactOptional(durationSchema),
  /** the grade-point average over applied, graded achievements must reach this */
  minGpa: z.exactOptional(amount()),
  /**
   * how every grade-point average of the program is taken (default `credit-weighted`: each grade weighs its
   * credits)
   */
  gpaMean: z.exactOptional(z.enum({
    /** each grade weighs the credits it counts for (the default) */
    'credit-weighted': 'credit-weighted',
    /** the plain mean of the grades */
    plain: 'plain',
  } as const)),
  /**
   * which attempt counts when the record holds several eligible achievements of one unit (default `best`: the
   * highest grade; `latest` and `first` by date); the others are unused with `retake`
   */
  retakes: z.exactOptional(z.enum({
    /** the highest grade counts (the default) */
    best: 'best',
    /** the attempt earned last counts */
    latest: 'latest',
    /** the attempt earned first counts */
    first: 'first',
  } as const)),
});

/**
 * Rules over a whole program, checked beside its requirement tree.
 *
 * - `creditSystem`: the system the program's credit figures are in
 *   (defaults to the program unit's own credits' system).
 * - `totalCredits`: at least this many credits applied in all.
 * - `residency`: at least these credits, or this share (0 to 1), earned at
 *   the home `institution` (the program's provider by default).
 * - `maxRecognized`: at most these credits, or this share, through
 *   recognitions and transfers.
 * - `timeLimit`: every applied achievement earned within this duration of the
 *   earliest (`P3Y`).
 * - `minGpa`: the grade-point average over applied, graded achievements.
 * - `gpaMean`: how every grade-point average of the program (this policy's
 *   and each requirement's `minGpa`) is taken: `credit-weighted` (the
 *   default: each grade weighs the credits it counts for, as registrars
 *   compute a GPA; graded achievements that count no credit are left out,
 *   and the audit warns about them) or `plain` (the plain mean of the
 *   grades).
 * - `retakes`: which attempt counts when the record holds several eligible
 *   achievements of one unit (a retake counts once): `best` (the default:
 *   the highest grade; ties go to a completed attempt over look-ahead, then
 *   to the latest), `latest` or `first` (by the date earned). An attempt an
 *   exception pins or substitutes counts before the others. The others are
 *   unused with the reason `retake`.
 *
 * @example
 * ```ts
 * const policies: Policies = { creditSystem: 'us-semester', totalCredits: 48, residency: { credits: 4 } };
 * ```
 *
 * @category Documents
 * @useDeclaredType
 */
export type Policies = z.infer<typeof policiesSchema>;
