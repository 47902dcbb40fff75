import type { Catalog } from '../catalog/Catalog.js';
import { CredstackError } from '../issues/CredstackError.js';
import type { PlanOptions } from './PlanOptions.js';
import type { PlanResult } from './PlanResult.js';
import { safePlan } from './safePlan.js';

/**
 * Finds the further units that complete a program at the least cost (or
 * time, credits, count, or a weighted mix), as {@link safePlan} does, and
 * throws on bad input.
 *
 * @param catalog - from {@link parseCatalog}
 * @param record - the learner's record: text (JSON or YAML) or data
 * @param programId - the program to complete
 * @param options - see {@link PlanOptions}; `asOf` or `start` is needed
 * @returns the plan
 * @throws {@link CredstackError} with the issues in the catalog reference, record or options
 *
 * @example
 * ```ts
 * const result = plan(catalog, record, 'mit-scmb', { asOf: '2024-06-30', objective: 'time' });
 * console.log(result.status, result.best?.totals.completion);
 * ```
 *
 * @category Planning
 */
export function plan(catalog: Catalog, record: unknown, programId: string, options: PlanOptions = {}): PlanResult {
  const result = safePlan(catalog, record, programId, options);
  if (!result.success) throw new CredstackError(result.issues, 'plan input');
  return result.data;
}
