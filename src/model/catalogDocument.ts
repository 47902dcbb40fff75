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
  $schema: z.exactOptional(z.string()),
  id: z.exactOptional(z.string()),
  name: z.exactOptional(z.string()),
  version: z.exactOptional(z.string()),
  organisations: z.exactOptional(z.array(organisationSchema)),
  units: z.array(unitSchema),
  recognitions: z.exactOptional(z.array(recognitionSchema)),
  gradeScales: z.exactOptional(z.array(gradeScaleSchema)),
  creditSystems: z.exactOptional(z.array(creditSystemDefinitionSchema)),
});

/**
 * What an institution or platform publishes: its organisations, units
 * (courses, credentials, programs), recognitions, grade scales and credit
 * systems.
 *
 * @category Documents
 */
export type CatalogDocument = z.infer<typeof catalogDocumentSchema>;
