import type { Issue } from '../../issues/Issue.js';
import { invalidReport, type FileReport } from '../validate/FileReport.js';
import type { AuditInputs } from './formatAuditIssue.js';
import type { AuditProblems } from './writeAuditProblems.js';

/**
 * Sorts the issues of an engine run on a catalog and a record
 * (`safeAudit`, `safePlan`, `safeRank`) for {@link writeAuditProblems}:
 * those at `record...` go with the record's file (the leading `record`
 * dropped, so that they read as `credstack validate` prints them); the rest
 * (the program, an option) stand alone.
 *
 * @param inputs - the file names
 * @param catalogReport - the catalog's report, from {@link loadAuditInputs}
 * @param issues - the engine's issues
 * @returns the problems to print
 *
 * @example
 * ```ts
 * if (!outcome.success) writeAuditProblems(io, args, auditProblemsOf(args, loaded.catalogReport, outcome.issues), json);
 * ```
 *
 * @category Command line
 */
export function auditProblemsOf(inputs: AuditInputs, catalogReport: FileReport, issues: readonly Issue[]): AuditProblems {
  const inRecord = issues.filter((i) => i.path[0] === 'record').map((i) => ({ ...i, path: i.path.slice(1) }));
  const record: FileReport[] = inRecord.length > 0 ? [invalidReport(inputs.record, 'record', inRecord)] : [];
  return { files: [catalogReport, ...record], issues: issues.filter((i) => i.path[0] !== 'record') };
}
