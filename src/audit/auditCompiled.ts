import { CredstackError } from '../issues/CredstackError.js';
import type { AuditResult } from './AuditResult.js';
import type { AuditOptions } from './AuditOptions.js';
import type { CompiledProgram } from './compile/CompiledProgram.js';
import { safeAuditCompiled } from './safeAuditCompiled.js';

/**
 * Audits one record against a compiled program, and throws on bad input.
 *
 * @param compiled - from {@link compile}
 * @param record - the learner's record: text (JSON or YAML) or data
 * @param options - see {@link AuditOptions}
 * @returns the result
 * @throws {@link CredstackError} with the issues in the record or options
 *
 * @example
 * ```ts
 * const scmb = compile(catalog, 'mit-scmb');
 * for (const record of cohort) console.log(auditCompiled(scmb, record, { asOf: '2024-06-30' }).status);
 * ```
 *
 * @category Audit
 */
export function auditCompiled(compiled: CompiledProgram, record: unknown, options: AuditOptions = {}): AuditResult {
  const result = safeAuditCompiled(compiled, record, options);
  if (!result.success) throw new CredstackError(result.issues, 'audit input');
  return result.data;
}
