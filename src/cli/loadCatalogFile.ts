import type { Catalog } from '../catalog/Catalog.js';
import { safeParseCatalog } from '../catalog/safeParseCatalog.js';
import type { Issue } from '../issues/Issue.js';
import type { ParseLimits } from '../_internal/parseLimits.js';
import type { Io } from './Io.js';
import { formatIssue } from './formatIssue.js';
import { loadDocument } from './loadDocument.js';

/**
 * Writes issues (or warnings) of a file on standard error, one line each,
 * in `validate`'s form (`FILE:LINE:COLUMN: CODE at PATH: MESSAGE`).
 *
 * @param io - where to write
 * @param file - the file the issues are about
 * @param issues - the issues
 * @param warning - mark them as warnings
 *
 * @example
 * ```ts
 * writeIssueLines(io, 'badge.json', result.warnings, true);
 * ```
 *
 * @category Command line
 */
export function writeIssueLines(io: Io, file: string, issues: readonly Issue[], warning = false): void {
  if (issues.length > 0) io.stderr(issues.map((i) => `${formatIssue(file, i, { warning })}\n`).join(''));
}

/**
 * Reads and validates a catalog file for a command that needs one beside
 * its main input (`import --catalog`, `export --catalog`). When it cannot
 * be used, says why on standard error and returns `undefined`.
 *
 * @param io - files and standard error
 * @param file - the catalog's file name
 * @param limits - the size and node limits
 * @returns the catalog, or undefined after reporting why there is none
 *
 * @example
 * ```ts
 * const catalog = await loadCatalogFile(io, 'catalog.yaml', limits);
 * if (catalog === undefined) return EXIT_CODES.invalidData;
 * ```
 *
 * @category Command line
 */
export async function loadCatalogFile(io: Io, file: string, limits: ParseLimits): Promise<Catalog | undefined> {
  const loaded = await loadDocument(io, file, limits);
  if (!loaded.ok) {
    if ('reason' in loaded) io.stderr(`${file}: cannot read: ${loaded.reason}\n`);
    else writeIssueLines(io, file, loaded.issues);
    return undefined;
  }
  const parsed = safeParseCatalog(loaded.document);
  if (parsed.success) return parsed.data;
  writeIssueLines(io, file, parsed.issues);
  return undefined;
}
