import { isIsoDate } from '../../model/isoDate.js';
import { showValue } from '../../_internal/showValue.js';
import type { EdcNode, EdcReader } from './EdcReader.js';

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * The calendar day of an ELM date or date-time, as written
 * (`2025-11-05T16:24:37Z` is 2025-11-05); an issue for anything else.
 *
 * @internal
 */
export function readDate(reader: EdcReader, node: EdcNode): string | undefined {
  const raw = node.value;
  if (raw === undefined || raw === null) return undefined;
  const day = typeof raw === 'string' ? DATE_TIME.exec(raw.trim())?.[1] : undefined;
  if (day === undefined || !isIsoDate(day)) {
    return reader.fail('invalid_date', node, `expected a real date or date-time such as 2025-11-05T16:24:37Z, got ${showValue(raw)}`);
  }
  return day;
}
