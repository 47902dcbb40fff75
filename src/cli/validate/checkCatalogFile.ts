import type { Catalog } from '../../catalog/Catalog.js';
import type { TextDocument } from '../../_internal/TextDocument.js';
import { safeParseCatalog } from '../../catalog/safeParseCatalog.js';
import { invalidReport, plural, type FileReport } from './FileReport.js';

/**
 * Validates a catalog's text.
 *
 * @param file - the file name, for the report
 * @param document - the catalog, read from its file (JSON or YAML)
 * @returns the report and, when valid, the catalog
 *
 * @example
 * ```ts
 * const { report, catalog } = checkCatalogFile('catalog.yaml', loaded.document);
 * ```
 *
 * @category Command line
 */
export function checkCatalogFile(file: string, document: TextDocument): { readonly report: FileReport; readonly catalog?: Catalog } {
  const result = safeParseCatalog(document);
  if (!result.success) return { report: invalidReport(file, 'catalog', result.issues) };
  const catalog = result.data;
  const counts = `${plural(catalog.units.length, 'unit')}, ${plural(catalog.programs.length, 'program')}`;
  const warned = result.warnings.length > 0 ? `; ${plural(result.warnings.length, 'warning')}` : '';
  return {
    report: { file, kind: 'catalog', valid: true, issues: [], warnings: result.warnings, summary: `valid catalog (${counts}${warned})` },
    catalog,
  };
}
