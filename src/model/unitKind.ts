import * as z from 'zod/mini';

/**
 * What kind of thing a unit is.
 *
 * @category Schemas
 */
export const unitKindSchema = z.enum([
  'course',
  'module',
  'assessment',
  'micro-credential',
  'badge',
  'certificate',
  'certification',
  'degree',
  'experience',
]);

/**
 * What kind of thing a unit is: a course, a micro-credential, a degree, ...
 *
 * @category Documents
 */
export type UnitKind = z.infer<typeof unitKindSchema>;
