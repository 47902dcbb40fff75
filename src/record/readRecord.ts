import type { Issue } from '../issues/Issue.js';
import type { SafeResult } from '../issues/Result.js';
import { recordDocumentSchema, type LearnerRecord } from '../model/recordDocument.js';
import { fromZodIssues } from '../_internal/fromZodIssues.js';
import { readInputWith } from '../_internal/readInputWith.js';
import type { Locate, ReadText } from '../_internal/ReadText.js';
import { readOptions } from '../_internal/readOptions.js';
import { readLimits } from '../_internal/parseLimits.js';
import { issue } from '../_internal/issue.js';
import { isCatalog } from '../_internal/isCatalog.js';
import { deepFreeze } from '../_internal/deepFreeze.js';
import { checkRecord } from './checkRecord.js';
import { checkRecordAgainstCatalog } from './checkRecordAgainstCatalog.js';
import { checkedRecord, markChecked, type CheckedRecord } from './checkedRecord.js';
import type { Catalog } from '../catalog/Catalog.js';
import type { ParseRecordOptions } from './ParseRecordOptions.js';

/**
 * What {@link safeParseRecord} does, with text read by `readText`. The
 * audit, plan and rank read record text as the parser that made their
 * catalog reads it (see `catalogTextReader`), so that they need not import
 * the YAML parser.
 *
 * @internal
 */
export function readRecord(readText: ReadText, input: unknown, options: ParseRecordOptions = {}): SafeResult<LearnerRecord> {
  const asked = readOptions(options, ['catalog', 'maxSize', 'maxNodes']);
  if (!asked.ok) return { success: false, issues: asked.issues };
  const limits = readLimits(asked.values);
  if (!limits.ok) return { success: false, issues: limits.issues };
  const catalog = asked.values.get('catalog');
  if (catalog !== undefined && !isCatalog(catalog)) {
    return { success: false, issues: [issue('invalid_option', ['options', 'catalog'], 'expected a Catalog made by parseCatalog or safeParseCatalog')] };
  }
  const known = asked.values.has('maxSize') || asked.values.has('maxNodes') ? undefined : checkedRecord(input);
  if (known) return again(known, catalog);
  const read = readInputWith(readText, input, limits.limits);
  if (!read.ok) return { success: false, issues: read.issues };
  const shape = recordDocumentSchema.safeParse(read.value);
  if (!shape.success) return fail(fromZodIssues(shape.error.issues, read.value), read.locate);
  const record = shape.data;
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  checkRecord(record, issues);
  if (catalog) checkRecordAgainstCatalog(record, catalog, issues, warnings);
  if (issues.length > 0) return fail(issues, read.locate);
  markChecked(record, catalog, warnings);
  deepFreeze(record);
  return { success: true, data: record, warnings: read.locate(warnings) };
}

/**
 * A record this reader made, passed again: its shape and its own rules
 * were checked then, and it is frozen, so only the catalog check is left,
 * and not even that when the catalog is the one it was checked against.
 */
function again(known: CheckedRecord, catalog: Catalog | undefined): SafeResult<LearnerRecord> {
  if (catalog === undefined || catalog === known.catalog) return { success: true, data: known.record, warnings: [...(catalog ? known.warnings : [])] };
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  checkRecordAgainstCatalog(known.record, catalog, issues, warnings);
  if (issues.length > 0) return { success: false, issues };
  return { success: true, data: known.record, warnings };
}

function fail(issues: Issue[], locate: Locate): SafeResult<LearnerRecord> {
  return { success: false, issues: locate(issues) };
}
