import type { Catalog } from '../catalog/Catalog.js';
import type { SafeResult } from '../issues/Result.js';
import { isCatalog } from '../_internal/isCatalog.js';
import { CredstackError } from '../issues/CredstackError.js';
import { issue } from '../_internal/issue.js';
import { compile } from '../audit/compile/compile.js';
import type { PlanOptions } from './PlanOptions.js';
import type { PlanResult } from './PlanResult.js';
import { safePlanCompiled } from './safePlanCompiled.js';

/**
 * Finds the further units that complete a program at the least cost (or
 * time, credits, count, or a weighted mix), with their schedule, the best
 * plans by other routes and the Pareto front of cost against completion.
 * Never throws on bad input: the issues come back with paths.
 *
 * @param catalog - from {@link parseCatalog}
 * @param record - the learner's record: text (JSON or YAML) or data
 * @param programId - the program to complete
 * @param options - see {@link PlanOptions}; `asOf` or `start` is needed
 * @returns the plan, or the issues
 *
 * @example
 * ```ts
 * const outcome = safePlan(catalog, record, 'mit-scmb', { asOf: '2024-06-30' });
 * if (outcome.success) for (const u of outcome.data.best?.units ?? []) console.log(u.starts, u.unit);
 * ```
 *
 * @category Planning
 */
export function safePlan(catalog: Catalog, record: unknown, programId: string, options: PlanOptions = {}): SafeResult<PlanResult> {
  if (!isCatalog(catalog)) return { success: false, issues: [issue('invalid_type', ['catalog'], 'expected a Catalog made by parseCatalog or safeParseCatalog')] };
  if (typeof programId !== 'string') return { success: false, issues: [issue('invalid_type', ['program'], 'expected the program id as a string')] };
  try {
    return safePlanCompiled(compile(catalog, programId), record, options);
  } catch (error) {
    if (error instanceof CredstackError) return { success: false, issues: error.issues };
    throw error;
  }
}
