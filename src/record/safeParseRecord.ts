import type { Issue } from '../issues/Issue.js';
import type { SafeResult } from '../issues/Result.js';
import type { Catalog } from '../catalog/Catalog.js';
import { recordDocumentSchema, type LearnerRecord } from '../model/recordDocument.js';
import { fromZodIssues } from '../_internal/fromZodIssues.js';
import { readInput } from '../_internal/readInput.js';
import { locateIssues } from '../_internal/parseText.js';
import { deepFreeze } from '../_internal/deepFreeze.js';
import { checkRecord } from './checkRecord.js';
import { checkRecordAgainstCatalog } from './checkRecordAgainstCatalog.js';

/**
 * Options for {@link safeParseRecord} and {@link parseRecord}.
 *
 * @category Records
 */
export interface ParseRecordOptions {
  /** Check the record's references (units, grade scales, issuers, exceptions' programs) against this catalog. */
  readonly catalog?: Catalog;
}

/**
 * Reads and validates a learner's record: JSON or YAML text, or plain data.
 * Checks the shape, unique ids, dates (completed achievements dated, expiry
 * after earning), exceptions naming achievements of the record, and, given a
 * catalog, every reference into it. Never throws for bad input; never
 * mutates it.
 *
 * @param input - record text (JSON or YAML) or a plain object
 * @param options - see {@link ParseRecordOptions}
 * @returns the record (deep-frozen, `status` defaulted) or the issues
 *
 * @example
 * ```ts
 * const result = safeParseRecord(text, { catalog });
 * if (result.success) audit(catalog, result.data, 'mit-scmb', { asOf: '2024-06-30' });
 * ```
 *
 * @category Records
 */
export function safeParseRecord(input: unknown, options: ParseRecordOptions = {}): SafeResult<LearnerRecord> {
  const read = readInput(input);
  if (!read.ok) return { success: false, issues: read.issues };
  const shape = recordDocumentSchema.safeParse(read.value);
  if (!shape.success) return fail(fromZodIssues(shape.error.issues, read.value), read.text);
  const record = deepFreeze(shape.data);
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  checkRecord(record, issues);
  if (options.catalog) checkRecordAgainstCatalog(record, options.catalog, issues, warnings);
  if (issues.length > 0) return fail(issues, read.text);
  return { success: true, data: record, warnings: read.text === undefined ? warnings : locateIssues(read.text, warnings) };
}

function fail(issues: Issue[], text: string | undefined): SafeResult<LearnerRecord> {
  return { success: false, issues: text === undefined ? issues : locateIssues(text, issues) };
}
