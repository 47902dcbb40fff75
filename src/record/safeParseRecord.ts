import type { SafeResult } from '../issues/Result.js';
import type { LearnerRecord } from '../model/recordDocument.js';
import { parseText } from '../_internal/parseText.js';
import type { ParseRecordOptions } from './ParseRecordOptions.js';
import { readRecord } from './readRecord.js';

export type { ParseRecordOptions } from './ParseRecordOptions.js';

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
  return readRecord(parseText, input, options);
}
