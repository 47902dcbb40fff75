import { CredstackError } from '../issues/CredstackError.js';
import type { LearnerRecord } from '../model/recordDocument.js';
import { safeParseRecord, type ParseRecordOptions } from './safeParseRecord.js';

/**
 * Reads and validates a learner's record, as {@link safeParseRecord} does,
 * and throws on bad input.
 *
 * @param input - record text (JSON or YAML) or a plain object
 * @param options - see {@link ParseRecordOptions}
 * @returns the record
 * @throws {@link CredstackError} carrying every issue found
 *
 * @example
 * ```ts
 * const record = parseRecord({ achievements: [{ id: 'a1', unit: 'SC0x', earnedOn: '2023-05-20' }] });
 * record.achievements[0]?.status; // 'completed'
 * ```
 *
 * @category Records
 */
export function parseRecord(input: unknown, options: ParseRecordOptions = {}): LearnerRecord {
  const result = safeParseRecord(input, options);
  if (!result.success) throw new CredstackError(result.issues, 'record');
  return result.data;
}
