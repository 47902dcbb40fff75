import type { CompiledProgram } from '../audit/compile/CompiledProgram.js';
import type { AuditResult } from '../audit/AuditResult.js';
import type { SafeResult } from '../issues/Result.js';
import type { PlanOptions } from './PlanOptions.js';
import type { PlanResult } from './PlanResult.js';
import { checkPlanOptions } from './checkPlanOptions.js';
import { runPlan } from './runPlan.js';

/**
 * Plans as {@link safePlanCompiled} does, starting from an audit the caller
 * has already run (a ranking audits every program anyway): `audit` must be
 * the outcome of auditing `record` against `compiled` with the plan's own
 * `asOf`, `include` and `exceptions`, so the plan is the same as without it.
 *
 * @internal
 */
export function safePlanAudited(compiled: CompiledProgram, record: unknown, options: PlanOptions, audit: SafeResult<AuditResult>): SafeResult<PlanResult> {
  const checked = checkPlanOptions(options);
  if (!checked.ok) return { success: false, issues: checked.issues };
  return runPlan(compiled, record, checked.options, checked.start, audit);
}
