import type { SafeResult } from '../issues/Result.js';
import type { Issue } from '../issues/Issue.js';
import type { AuditResult } from './AuditResult.js';
import type { AuditOptions } from './AuditOptions.js';
import type { CompiledProgram } from './compile/CompiledProgram.js';
import type { LearnerRecord } from '../model/recordDocument.js';
import { readRecord } from '../record/readRecord.js';
import { catalogTextReader } from '../catalog/catalogTextReader.js';
import { auditOptionsSchema } from './auditOptionsSchema.js';
import { fromZodIssues } from '../_internal/fromZodIssues.js';
import { readData } from '../_internal/readData.js';
import { DEFAULT_MAX_NODES } from '../_internal/parseLimits.js';
import { isCatalog } from '../_internal/isCatalog.js';
import { issue } from '../_internal/issue.js';
import { runAudit } from './pipeline/runAudit.js';
import { checkWhatIf } from './pipeline/checkWhatIf.js';

/** Search steps one audit may take in all, unless the caller says otherwise. */
const DEFAULT_STEP_BUDGET = 1_000_000;

/**
 * Audits one record against a compiled program, as {@link safeAudit} does.
 * The record is validated against the program's catalog every time (a
 * record `parseRecord` returned, against that catalog, only once: it is
 * frozen and not checked again); the program's own preparation is not
 * repeated. Anything that is not a
 * compiled program (`null`, a copy through JSON, a revoked Proxy) is an
 * `invalid_type` issue at `['program']`.
 *
 * @param compiled - from {@link compile}
 * @param record - the learner's record: text (JSON or YAML) or data
 * @param options - see {@link AuditOptions}
 * @returns the result, or the issues with the program, the record or options
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
  if (!isCompiledProgram(compiled)) {
    return { success: false, issues: [issue('invalid_type', ['program'], 'expected a compiled program made by compile(catalog, programId)')] };
  }
  // Options are read once, into plain data: no getter or Proxy is touched again.
  const read = readData(options, { maxNodes: DEFAULT_MAX_NODES, copy: true });
  if (!read.ok) return { success: false, issues: [{ ...read.issue, path: ['options', ...read.issue.path] }] };
  const opts = auditOptionsSchema.safeParse(read.value === undefined ? {} : read.value);
  if (!opts.success) return { success: false, issues: fromZodIssues(opts.error.issues, read.value, ['options']) };
  const parsed = readRecord(catalogTextReader(compiled.catalog), record, { catalog: compiled.catalog });
  if (!parsed.success) return { success: false, issues: parsed.issues.map((i) => ({ ...i, path: ['record', ...i.path] })) };
  const whatIf = checkWhatIf(compiled, parsed.data, opts.data.exceptions ?? []);
  if (whatIf.length > 0) return { success: false, issues: whatIf };
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

/**
 * Whether a value is what {@link compile} returns: its catalog is a real
 * Catalog, its program that catalog's own unit, and its prepared parts are
 * there. Never throws, even for a revoked Proxy or getters that throw.
 */
function isCompiledProgram(value: unknown): value is CompiledProgram {
  try {
    if (value === null || typeof value !== 'object') return false;
    const { catalog, program, tree, composites, recognitions, wanted, datesMatter } = value as Partial<Record<keyof CompiledProgram, unknown>>;
    if (!isCatalog(catalog) || program === null || typeof program !== 'object') return false;
    if (catalog.unit((program as { id?: unknown }).id as string) !== program) return false;
    const nodes = (tree as { nodes?: unknown } | null)?.nodes;
    return Array.isArray(nodes) && Array.isArray(composites) && Array.isArray(recognitions) && typeof wanted === 'function' && typeof datesMatter === 'boolean';
  } catch {
    return false;
  }
}

function whyDatesMatter(compiled: CompiledProgram, record: LearnerRecord): string | undefined {
  if (compiled.datesMatter) return `program "${compiled.program.id}" has rules that depend on dates (validity, earnedWithin)`;
  const expiring = record.achievements.find((a) => a.expiresOn !== undefined);
  if (expiring) return `achievement "${expiring.id}" has an expiry date`;
  return undefined;
}
