import * as z from 'zod/mini';
import { strictObject } from '../_internal/strictObject.js';
import { organisationSchema } from './organisation.js';
import { unitSchema } from './unit.js';
import { recognitionSchema } from './recognition.js';
import { gradeScaleSchema } from './gradeScale.js';
import { creditSystemDefinitionSchema } from './creditSystemDefinition.js';

/**
 * The schema of a {@link CatalogDocument}: the shape alone. `safeParseCatalog`
 * checks the rest (references, duplicates, cycles, depth).
 *
 * @category Schemas
 */
export const catalogDocumentSchema = strictObject({
  /** the JSON Schema the document follows, for editors; not otherwise used */
  $schema: z.exactOptional(z.string()),
  /** an identifier for this catalog, for your own bookkeeping */
  id: z.exactOptional(z.string()),
  /** a readable name for this catalog */
  name: z.exactOptional(z.string()),
  /** the catalog's version or edition, such as `"2024.1"` (quote it in YAML) */
  version: z.exactOptional(z.string()),
  /** the universities, platforms, employers, accreditors and consortia the catalog mentions */
  organisations: z.exactOptional(z.array(organisationSchema)),
  /** everything a person can earn: courses, modules, exams, badges, certificates, degrees */
  units: z.array(unitSchema),
  /** credit-transfer and pathway agreements */
  recognitions: z.exactOptional(z.array(recognitionSchema)),
  /** the grade scales grades and minimum grades refer to */
  gradeScales: z.exactOptional(z.array(gradeScaleSchema)),
  /** credit systems added to the built-in ones, or built-in ones whose factor is overridden */
  creditSystems: z.exactOptional(z.array(creditSystemDefinitionSchema)),
});

/**
 * What an institution or platform publishes: its organisations, units
 * (courses, credentials, programs), recognitions, grade scales and credit
 * systems.
 *
 * @category Documents
 * @useDeclaredType
 */
export type CatalogDocument = z.infer<typeof catalogDocumentSchema>;
