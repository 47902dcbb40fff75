import { CredstackError } from '../issues/CredstackError.js';
import type { LearnerRecord } from '../model/recordDocument.js';
import type { ParseRecordOptions } from '../record/ParseRecordOptions.js';
import { safeParseRecord } from './safeParseRecord.js';

/**
 * Reads and validates a learner's record, as {@link safeParseRecord} of
 * `credstack/browser` does, and throws on bad input.
 *
 * @param input - record data, JSON text, or what {@link readYaml} returned
 * @param options - see {@link ParseRecordOptions}
 * @returns the record
 * @throws {@link CredstackError} carrying every issue found
 *
 * @example
 * ```ts
 * import { parseRecord } from 'credstack/browser';
 *
 * const record = parseRecord('{"achievements": [{"id": "a1", "unit": "SC0x", "earnedOn": "2023-05-20"}]}');
 * ```
 *
 * @category Browser
 */
export function parseRecord(input: unknown, options: ParseRecordOptions = {}): LearnerRecord {
  const result = safeParseRecord(input, options);
  if (!result.success) throw new CredstackError(result.issues, 'record');
  return result.data;
}
