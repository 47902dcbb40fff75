import type { Issue } from '../issues/Issue.js';
import type { LearnerRecord } from '../model/recordDocument.js';
import type { Catalog } from '../catalog/Catalog.js';

/** The mark a record made by the record reader carries (module-private: it cannot be forged from outside). */
const CHECKED: unique symbol = Symbol('credstack.checkedRecord');

/**
 * What the reader knew of a record it made: the record itself (the frozen
 * original, never a Proxy standing in front of it), the catalog it was
 * checked against, if any, and the warnings that check gave, before they
 * were placed in any text.
 *
 * @internal
 */
export interface CheckedRecord {
  readonly record: LearnerRecord;
  readonly catalog: Catalog | undefined;
  readonly warnings: readonly Issue[];
}

/**
 * Marks a record the reader has validated, just before it is frozen, so
 * that passing the same record again (an advisor auditing one record
 * against many programs, a cohort re-run) skips the copy and the schema
 * check. The mark is a non-enumerable property under a private symbol:
 * JSON, spreads and `structuredClone` leave it behind, so any copy is read
 * afresh. A frozen record cannot change after it was checked.
 *
 * @internal
 */
export function markChecked(record: LearnerRecord, catalog: Catalog | undefined, warnings: readonly Issue[]): void {
  const mark: CheckedRecord = Object.freeze({ record, catalog, warnings: Object.freeze([...warnings]) });
  Object.defineProperty(record, CHECKED, { value: mark, enumerable: false, writable: false, configurable: false });
}

/**
 * The mark of a record the reader made, or `undefined` for anything else
 * (text, plain data, a copy, a Proxy, a revoked Proxy). The mark holds
 * the record it was put on, so only that very object passes: a Proxy in
 * front of it, or a copy of it, is read afresh.
 *
 * @internal
 */
export function checkedRecord(input: unknown): CheckedRecord | undefined {
  try {
    if (input === null || typeof input !== 'object' || !Object.isFrozen(input)) return undefined;
    const own = Object.getOwnPropertyDescriptor(input, CHECKED);
    const mark = own?.value as CheckedRecord | undefined;
    return mark !== undefined && own?.configurable === false && mark.record === input ? mark : undefined;
  } catch {
    return undefined;
  }
}
