import type { Issue } from '../issues/Issue.js';
import type { SafeResult } from '../issues/Result.js';
import { recordDocumentSchema, type LearnerRecord } from '../model/recordDocument.js';
import { fromZodIssues } from '../_internal/fromZodIssues.js';
import { readInput } from '../_internal/readInput.js';
import type { Locate } from '../_internal/parseText.js';
import { readOptions } from '../_internal/readOptions.js';
import { readLimits } from '../_internal/parseLimits.js';
import { issue } from '../_internal/issue.js';
import type { Catalog } from '../catalog/Catalog.js';
import { isCatalog } from '../_internal/isCatalog.js';
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
  /** The most characters the text may have; default 50,000,000. Longer text is refused before it is read. */
  readonly maxSize?: number;
  /**
   * The most nodes the document may hold, counting every object, list, key
   * and scalar (an object referenced from several places counts each time);
   * default 1,000,000.
   */
  readonly maxNodes?: number;
}

/**
 * Reads and validates a learner's record: JSON or YAML text, or plain data.
 * Checks the shape, unique ids, dates (completed achievements dated, expiry
 * after earning), exceptions naming achievements of the record, and, given a
 * catalog, every reference into it. Text larger than `maxSize`, documents
 * with more than `maxNodes` nodes, keys given twice, data that cannot be
 * read (a getter that throws, a revoked Proxy) and options that are not
 * options (`invalid_option` at `['options', ...]`) are issues too. Never
 * throws for bad input; never mutates it.
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
  const asked = readOptions(options, ['catalog', 'maxSize', 'maxNodes']);
  if (!asked.ok) return { success: false, issues: asked.issues };
  const limits = readLimits(asked.values);
  if (!limits.ok) return { success: false, issues: limits.issues };
  const catalog = asked.values.get('catalog');
  if (catalog !== undefined && !isCatalog(catalog)) {
    return { success: false, issues: [issue('invalid_option', ['options', 'catalog'], 'expected a Catalog made by parseCatalog or safeParseCatalog')] };
  }
  const read = readInput(input, limits.limits);
  if (!read.ok) return { success: false, issues: read.issues };
  const shape = recordDocumentSchema.safeParse(read.value);
  if (!shape.success) return fail(fromZodIssues(shape.error.issues, read.value), read.locate);
  const record = deepFreeze(shape.data);
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  checkRecord(record, issues);
  if (catalog) checkRecordAgainstCatalog(record, catalog, issues, warnings);
  if (issues.length > 0) return fail(issues, read.locate);
  return { success: true, data: record, warnings: read.locate(warnings) };
}

function fail(issues: Issue[], locate: Locate): SafeResult<LearnerRecord> {
  return { success: false, issues: locate(issues) };
}
