import * as z from 'zod/mini';

/**
 * What kind of thing a unit is.
 *
 * @category Schemas
 */
export const unitKindSchema = z.enum({
  /** a course */
  course: 'course',
  /** a module, a part of a course or program */
  module: 'module',
  /** an assessment or exam */
  assessment: 'assessment',
  /** a micro-credential */
  'micro-credential': 'micro-credential',
  /** a badge (an Open Badge, for instance) */
  badge: 'badge',
  /** a certificate; a program when it has `requirements` */
  certificate: 'certificate',
  /** a certification, often valid for a time (`validity`) */
  certification: 'certification',
  /** a degree; a program when it has `requirements` */
  degree: 'degree',
  /** work or other experience */
  experience: 'experience',
} as const);

/**
 * What kind of thing a unit is: a course, a micro-credential, a degree, ...
 *
 * @category Documents
 * @useDeclaredType
 */
export type UnitKind = z.infer<typeof unitKindSchema>;
