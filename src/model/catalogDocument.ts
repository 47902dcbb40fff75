import * as z from 'zod';
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
export const catalogDocumentSchema = z.strictObject({
  $schema: z.string().exactOptional(),
  id: z.string().exactOptional(),
  name: z.string().exactOptional(),
  version: z.string().exactOptional(),
  organisations: z.array(organisationSchema).exactOptional(),
  units: z.array(unitSchema),
  recognitions: z.array(recognitionSchema).exactOptional(),
  gradeScales: z.array(gradeScaleSchema).exactOptional(),
  creditSystems: z.array(creditSystemDefinitionSchema).exactOptional(),
});

/**
 * What an institution or platform publishes: its organisations, units
 * (courses, credentials, programs), recognitions, grade scales and credit
 * systems.
 *
 * @category Documents
 */
export type CatalogDocument = z.infer<typeof catalogDocumentSchema>;
