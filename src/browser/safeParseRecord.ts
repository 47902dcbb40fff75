import type { SafeResult } from '../issues/Result.js';
import type { LearnerRecord } from '../model/recordDocument.js';
import type { ParseRecordOptions } from '../record/ParseRecordOptions.js';
import { readRecord } from '../record/readRecord.js';
import { parseJsonText } from '../_internal/parseJsonText.js';

/**
 * Reads and validates a learner's record, as the main entry's
 * `safeParseRecord` does, from plain data, JSON text, or YAML read first
 * by {@link readYaml}. Text is read as JSON only. Never throws for bad
 * input.
 *
 * @param input - record data, JSON text, or what `readYaml` returned
 * @param options - see {@link ParseRecordOptions}
 * @returns the record (deep-frozen, `status` defaulted) or the issues
 *
 * @example
 * ```ts
 * import { safeParseRecord } from 'credstack/browser';
 *
 * const result = safeParseRecord(textarea.value, { catalog });
 * ```
 *
 * @category Browser
 */
export function safeParseRecord(input: unknown, options: ParseRecordOptions = {}): SafeResult<LearnerRecord> {
  return readRecord(parseJsonText, input, options);
}
