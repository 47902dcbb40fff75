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
  creditSystem: z.exactOptional(idSchema),
  totalCredits: z.exactOptional(amount()),
  residency: z.exactOptional(
    strictObject({
      credits: z.exactOptional(amount()),
      share: z.exactOptional(share()),
      institution: z.exactOptional(idSchema),
    }),
  ),
  maxRecognized: z.exactOptional(strictObject({ credits: z.exactOptional(amount()), share: z.exactOptional(share()) })),
  timeLimit: z.exactOptional(durationSchema),
  minGpa: z.exactOptional(amount()),
  gpaMean: z.exactOptional(z.enum(['credit-weighted', 'plain'])),
  retakes: z.exactOptional(z.enum(['best', 'latest', 'first'])),
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
 */
export type Policies = z.infer<typeof policiesSchema>;
