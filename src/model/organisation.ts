import * as z from 'zod/mini';
import { strictObject } from '../_internal/strictObject.js';
import { extensionsSchema } from './extensions.js';
import { idSchema } from './id.js';
import { isoDateSchema } from './isoDate.js';

/**
 * The schema of an {@link Accreditation}.
 *
 * @category Schemas
 */
export const accreditationSchema = strictObject({
  /** the organisation that grants the accreditation */
  by: idSchema,
  /** the first day it holds; from the beginning of time when absent */
  from: z.exactOptional(isoDateSchema),
  /** the last day it holds; without end when absent */
  until: z.exactOptional(isoDateSchema),
});

/**
 * That an organisation (`by`) recognises another, from one date until
 * another (both inclusive, both optional).
 *
 * @category Documents
 * @useDeclaredType
 */
export type Accreditation = z.infer<typeof accreditationSchema>;

/**
 * The schema of an {@link Organisation}.
 *
 * @category Schemas
 */
export const organisationSchema = strictObject({
  /** how units, recognitions and achievements refer to this organisation */
  id: idSchema,
  /** its name as people know it */
  name: z.string(),
  /** where it is, as an ISO 3166 country code (`US`, `DE`) */
  country: z.exactOptional(z.string()),
  /** what sort of organisation it is */
  kind: z.exactOptional(z.enum({
    /** a university or other institution of higher education */
    university: 'university',
    /** a learning platform (edX, Coursera) */
    platform: 'platform',
    /** an employer */
    employer: 'employer',
    /** a body that accredits others */
    accreditor: 'accreditor',
    /** a consortium of organisations */
    consortium: 'consortium',
    /** any other organisation */
    other: 'other',
  } as const)),
  /** which other organisations recognise this one, and when */
  accreditations: z.exactOptional(z.array(accreditationSchema)),
  /** the organisation's identifiers in other systems, for interop */
  externalIds: z.exactOptional(z.array(strictObject({
    /** the system the identifier belongs to (`ctid`, `ror`, `ob3`) */
    scheme: z.string().check(z.minLength(1)),
    /** the identifier in that system */
    id: z.string().check(z.minLength(1)),
  }))),
  /**
   * what an importer read from a standard document (`ob3`, `clr`, `ctdl`, `edc`) but credstack does not
   * model, kept unchanged for export; never read by the audit
   */
  extensions: z.exactOptional(extensionsSchema),
});

/**
 * A university, platform, employer, accreditor or consortium.
 *
 * @example
 * ```ts
 * const mit: Organisation = { id: 'mit', name: 'Massachusetts Institute of Technology', country: 'US', kind: 'university' };
 * ```
 *
 * @category Documents
 * @useDeclaredType
 */
export type Organisation = z.infer<typeof organisationSchema>;
