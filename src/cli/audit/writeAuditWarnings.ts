import type { Issue } from '../../issues/Issue.js';
import type { Io } from '../Io.js';
import { formatIssue } from '../formatIssue.js';
import type { FileReport } from '../validate/FileReport.js';
import { formatAuditIssue, type AuditInputs } from './formatAuditIssue.js';

/**
 * Prints the warnings of a run that succeeded, on standard error, one line
 * each: the catalog's (from its report) with its file, then the engine's
 * (placed with {@link formatAuditIssue}), each with `warning` before its
 * code. Prints nothing when there are none.
 *
 * @param io - where to write
 * @param inputs - the file names
 * @param catalogReport - the catalog's report, from {@link loadAuditInputs}
 * @param warnings - the engine's warnings
 *
 * @example
 * ```ts
 * writeAuditWarnings(io, args, loaded.catalogReport, outcome.warnings);
 * ```
 *
 * @category Command line
 */
export function writeAuditWarnings(io: Io, inputs: AuditInputs, catalogReport: FileReport, warnings: readonly Issue[]): void {
  const lines = catalogReport.warnings.map((w) => formatIssue(inputs.catalog, w, { warning: true }));
  lines.push(...warnings.map((w) => formatAuditIssue(inputs, w, { warning: true })));
  if (lines.length > 0) io.stderr(`${lines.join('\n')}\n`);
}
