import type { SafeResult } from '../issues/Result.js';
import type { AuditResult } from './AuditResult.js';
import type { AuditOptions } from './AuditOptions.js';
import type { Catalog } from '../catalog/Catalog.js';
import { isCatalog } from '../_internal/isCatalog.js';
import { CredstackError } from '../issues/CredstackError.js';
import { issue } from '../_internal/issue.js';
import { compile } from './compile/compile.js';
import { safeAuditCompiled } from './safeAuditCompiled.js';

/**
 * Audits a learner's record against one program of a catalog: which
 * requirements are met and by what, what remains, which achievements went
 * unused and why. Runs eligibility, stacking (composites inferred from their
 * parts), recognition, an exactly optimal allocation, and builds the
 * explanation. Never throws for bad input, whatever is passed in place of
 * the catalog, record or options (a getter that throws, a revoked Proxy);
 * never mutates it.
 *
 * @param catalog - a parsed catalog
 * @param record - the learner's record: text (JSON or YAML) or data
 * @param programId - the program (a unit with requirements) to audit against
 * @param options - see {@link AuditOptions}; `asOf` is needed whenever dates matter
 * @returns the result, or the issues (paths start at `record`, `options` or `program`)
 *
 * @example
 * ```ts
 * const outcome = safeAudit(catalog, record, 'mit-scmb', { asOf: '2024-06-30' });
 * if (outcome.success) console.log(outcome.data.satisfied, outcome.data.totals.credits);
 * ```
 *
 * @category Audit
 */
export function safeAudit(catalog: Catalog, record: unknown, programId: string, options: AuditOptions = {}): SafeResult<AuditResult> {
  if (!isCatalog(catalog)) return { success: false, issues: [issue('invalid_type', ['catalog'], 'expected a Catalog made by parseCatalog or safeParseCatalog')] };
  if (typeof programId !== 'string') return { success: false, issues: [issue('invalid_type', ['program'], 'expected the program id as a string')] };
  try {
    return safeAuditCompiled(compile(catalog, programId), record, options);
  } catch (error) {
    if (error instanceof CredstackError) return { success: false, issues: error.issues };
    throw error;
  }
}
