import type { CompiledProgram } from '../audit/compile/CompiledProgram.js';
import type { SafeResult } from '../issues/Result.js';
import type { PlanOptions } from './PlanOptions.js';
import type { PlanResult } from './PlanResult.js';
import { checkPlanOptions } from './checkPlanOptions.js';
import { runPlan } from './runPlan.js';

/**
 * Plans against a compiled program, as {@link safePlan} does; the program's
 * own preparation is not repeated, so a caller planning many records (or
 * {@link rank}) compiles once.
 *
 * @param compiled - from {@link compile}
 * @param record - the learner's record: text (JSON or YAML) or data
 * @param options - see {@link PlanOptions}
 * @returns the plan, or the issues with the program, the record or the options
 *
 * @example
 * ```ts
 * const scmb = compile(catalog, 'mit-scmb');
 * const outcome = safePlanCompiled(scmb, record, { asOf: '2024-06-30' });
 * if (outcome.success) console.log(outcome.data.best?.totals.cost);
 * ```
 *
 * @category Planning
 */
export function safePlanCompiled(compiled: CompiledProgram, record: unknown, options: PlanOptions = {}): SafeResult<PlanResult> {
  const checked = checkPlanOptions(options);
  if (!checked.ok) return { success: false, issues: checked.issues };
  // The program and the record are checked by the audit the plan starts from.
  return runPlan(compiled, record, checked.options, checked.start);
}
