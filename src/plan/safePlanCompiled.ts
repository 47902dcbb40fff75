import type { CompiledProgram } from '../audit/compile/CompiledProgram.js';
import type { SafeResult } from '../issues/Result.js';
import { fromZodIssues } from '../_internal/fromZodIssues.js';
import { readData } from '../_internal/readData.js';
import { DEFAULT_MAX_NODES } from '../_internal/parseLimits.js';
import { issue } from '../_internal/issue.js';
import type { PlanOptions } from './PlanOptions.js';
import type { PlanResult } from './PlanResult.js';
import { planOptionsSchema } from './planOptionsSchema.js';
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
  const read = readData(options, { maxNodes: DEFAULT_MAX_NODES, copy: true });
  if (!read.ok) return { success: false, issues: [{ ...read.issue, path: ['options', ...read.issue.path] }] };
  const opts = planOptionsSchema.safeParse(read.value === undefined ? {} : read.value);
  if (!opts.success) return { success: false, issues: fromZodIssues(opts.error.issues, read.value, ['options']) };
  const start = opts.data.start ?? opts.data.asOf;
  if (start === undefined) return { success: false, issues: [issue('invalid_option', ['options', 'start'], 'pass start (the first day of the first term) or asOf: the engine reads no clock')] };
  if (opts.data.latest !== undefined && opts.data.latest < start) {
    return { success: false, issues: [issue('invalid_range', ['options', 'latest'], `the latest day ${opts.data.latest} is before the start ${start}`)] };
  }
  // The program and the record are checked by the audit the plan starts from.
  return runPlan(compiled, record, opts.data as PlanOptions, start);
}
