import * as z from 'zod';
import { idSchema } from './id.js';

/**
 * The schema of a {@link CreditSystemDefinition}.
 *
 * @category Schemas
 */
export const creditSystemDefinitionSchema = z.strictObject({
  id: idSchema,
  name: z.string().exactOptional(),
  ects: z.number().gt(0),
  approximate: z.boolean().exactOptional(),
  source: z.string().exactOptional(),
});

/**
 * A credit system a catalog adds, or a built-in one whose factor it
 * overrides: `ects` is how many ECTS credits one credit of this system is
 * worth; `approximate` marks a factor that is a convention rather than a
 * standard, so figures converted through it are flagged.
 *
 * @example
 * ```ts
 * const local: CreditSystemDefinition = { id: 'unit-hour', ects: 1.5, approximate: true, source: 'registrar, 2024' };
 * ```
 *
 * @category Documents
 */
export type CreditSystemDefinition = z.infer<typeof creditSystemDefinitionSchema>;
