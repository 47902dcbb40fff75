import type { SafeResult } from '../issues/Result.js';
import type { Issue } from '../issues/Issue.js';
import type { AuditResult } from './AuditResult.js';
import type { AuditOptions } from './AuditOptions.js';
import type { CompiledProgram } from './compile/CompiledProgram.js';
import type { LearnerRecord } from '../model/recordDocument.js';
import { safeParseRecord } from '../record/safeParseRecord.js';
import { auditOptionsSchema } from './auditOptionsSchema.js';
import { fromZodIssues } from '../_internal/fromZodIssues.js';
import { checkDepth } from '../_internal/checkDepth.js';
import { issue } from '../_internal/issue.js';
import { runAudit } from './pipeline/runAudit.js';

/** Search steps one audit may take in all, unless the caller says otherwise. */
const DEFAULT_STEP_BUDGET = 1_000_000;

/**
 * Audits one record against a compiled program, as {@link safeAudit} does.
 * The record is validated against the program's catalog every time; the
 * program's own preparation is not repeated.
 *
 * @param compiled - from {@link compile}
 * @param record - the learner's record: text (JSON or YAML) or data
 * @param options - see {@link AuditOptions}
 * @returns the result, or the issues with the record or options
 *
 * @example
 * ```ts
 * const scmb = compile(catalog, 'mit-scmb');
 * const outcome = safeAuditCompiled(scmb, record, { asOf: '2024-06-30' });
 * if (outcome.success) console.log(outcome.data.status);
 * ```
 *
 * @category Audit
 */
export function safeAuditCompiled(compiled: CompiledProgram, record: unknown, options: AuditOptions = {}): SafeResult<AuditResult> {
  const deep = checkDepth(options);
  if (deep) return { success: false, issues: [{ ...deep, path: ['options', ...deep.path] }] };
  const opts = auditOptionsSchema.safeParse(options);
  if (!opts.success) return { success: false, issues: fromZodIssues(opts.error.issues, options, ['options']) };
  const parsed = safeParseRecord(record, { catalog: compiled.catalog });
  if (!parsed.success) return { success: false, issues: parsed.issues.map((i) => ({ ...i, path: ['record', ...i.path] })) };
  const asOf = opts.data.asOf;
  const missing = asOf === undefined ? whyDatesMatter(compiled, parsed.data) : undefined;
  if (missing) return { success: false, issues: [issue('invalid_option', ['options', 'asOf'], `pass asOf (the audit date): ${missing}; the engine reads no clock`)] };
  const warnings: Issue[] = parsed.warnings.map((w): Issue => ({ ...w, path: ['record', ...w.path] }));
  const result = runAudit(compiled, parsed.data, {
    catalog: compiled.catalog,
    asOf,
    include: new Set(opts.data.include ?? []),
    exceptions: [...(parsed.data.exceptions ?? []), ...(opts.data.exceptions ?? [])],
    budget: { remaining: opts.data.stepBudget ?? DEFAULT_STEP_BUDGET, steps: 0, exhausted: false },
    notes: new Map(),
    warnings,
  });
  return { success: true, data: result, warnings };
}

function whyDatesMatter(compiled: CompiledProgram, record: LearnerRecord): string | undefined {
  if (compiled.datesMatter) return `program "${compiled.program.id}" has rules that depend on dates (validity, earnedWithin)`;
  const expiring = record.achievements.find((a) => a.expiresOn !== undefined);
  if (expiring) return `achievement "${expiring.id}" has an expiry date`;
  return undefined;
}
