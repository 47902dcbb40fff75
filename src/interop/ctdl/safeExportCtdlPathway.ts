import type { SafeResult } from '../../issues/Result.js';
import { issue } from '../../_internal/issue.js';
import { showValue } from '../../_internal/showValue.js';
import type { CtdlDocument } from './CtdlDocument.js';
import type { ExportCtdlPathwayOptions } from './ExportCtdlPathwayOptions.js';
import { readExportOptions } from './readExportOptions.js';
import { chooseRecognitions, exportDocument, toCatalog } from './exportDocument.js';

/**
 * Writes a program as a current-CTDL pathway (JSON-LD, context
 * `https://credreg.net/ctdl/schema/context/json`): a `ceterms:Pathway`
 * whose `hasPart` lists every component, a destination
 * `ceterms:CredentialComponent` whose conditions are the program's
 * requirements (`ceterms:ComponentCondition` with `requiredNumber` and
 * `targetComponent`, nested as the tree is, a credit minimum as a
 * `ceterms:Constraint`), a component for each unit the requirements name or
 * select, the organisations named, and a `ceterms:TransferValueProfile` for
 * each recognition for the program. What CTDL has no place for (grade
 * minimums, date windows, filters, policies, ...) is reported
 * `not_exported`, and kept under `credstack:` keys so that an import gives
 * back the same program (see `docs/interop/ctdl.md`).
 *
 * @param catalog - a Catalog, or a catalog document (checked as `safeParseCatalog` checks it)
 * @param programId - the program: a unit of the catalog with requirements
 * @param options - see {@link ExportCtdlPathwayOptions}
 * @returns the document and the warnings, or the issues
 *
 * @example
 * ```ts
 * const result = safeExportCtdlPathway(catalog, 'alm-management');
 * if (result.success) writeFileSync('pathway.json', JSON.stringify(result.data, null, 2));
 * ```
 *
 * @category Interop
 */
export function safeExportCtdlPathway(catalog: unknown, programId: unknown, options: ExportCtdlPathwayOptions = {}): SafeResult<CtdlDocument> {
  const asked = readExportOptions(options);
  if (!asked.ok) return { success: false, issues: asked.issues };
  const parsed = toCatalog(catalog);
  if (!parsed.success) return parsed;
  const program = typeof programId === 'string' ? parsed.data.unit(programId) : undefined;
  if (program === undefined) return { success: false, issues: [issue('unknown_reference', ['programId'], `the catalog has no unit ${showValue(programId)}`)] };
  if (program.requirements === undefined) return { success: false, issues: [issue('invalid_value', ['programId'], `the unit "${program.id}" has no requirements: it is not a program`)] };
  const forProgram = (r: { program?: string; institution: string }): boolean => r.program === program.id || (r.program === undefined && r.institution === program.provider);
  const recognitions = chooseRecognitions(parsed.data, asked.settings, forProgram);
  if (!recognitions.success) return recognitions;
  return exportDocument(parsed.data, asked.settings, program, recognitions.data);
}
