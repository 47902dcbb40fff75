import { CredstackError } from '../issues/CredstackError.js';
import type { Catalog } from '../catalog/Catalog.js';
import type { AuditResult } from './AuditResult.js';
import type { AuditOptions } from './AuditOptions.js';
import { safeAudit } from './safeAudit.js';

/**
 * Audits a learner's record against one program, as {@link safeAudit} does,
 * and throws on bad input. An unmet program is not an error: it is a result.
 *
 * @param catalog - a parsed catalog
 * @param record - the learner's record: text (JSON or YAML) or data
 * @param programId - the program to audit against
 * @param options - see {@link AuditOptions}
 * @returns the result
 * @throws {@link CredstackError} with the issues in the record, options or program id
 *
 * @example
 * ```ts
 * const result = audit(catalog, record, 'hes-almm', { asOf: '2024-06-30' });
 * result.totals.credits; // { applied: 16, required: 48, remaining: 32, percent: 33.3 }
 * ```
 *
 * @category Audit
 */
export function audit(catalog: Catalog, record: unknown, programId: string, options: AuditOptions = {}): AuditResult {
  const result = safeAudit(catalog, record, programId, options);
  if (!result.success) throw new CredstackError(result.issues, 'audit input');
  return result.data;
}
