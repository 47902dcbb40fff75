import * as z from 'zod/mini';
import { strictObject } from '../_internal/strictObject.js';
import { idSchema } from './id.js';

/**
 * The schema of a {@link CreditSystemDefinition}.
 *
 * @category Schemas
 */
export const creditSystemDefinitionSchema = strictObject({
  /** how credits name this system; a built-in id overrides that system */
  id: idSchema,
  /** a readable name */
  name: z.exactOptional(z.string()),
  /** how many ECTS credits one credit of this system is worth */
  ects: z.number().check(z.gt(0)),
  /**
   * `true` when the factor is a convention rather than a standard, so that converted figures are flagged as
   * approximate
   */
  approximate: z.exactOptional(z.boolean()),
  /** where the factor comes from, for the audit trail */
  source: z.exactOptional(z.string()),
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
 * @useDeclaredType
 */
export type CreditSystemDefinition = z.infer<typeof creditSystemDefinitionSchema>;
