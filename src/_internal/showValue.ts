import { clipText } from './clipText.js';
import { describeValue } from './describeValue.js';

/**
 * A short, safe rendering of any value for a message: JSON where it can be
 * written (a long one cut, with its length), else its type. Never throws,
 * even for objects without a prototype, with cycles, or with getters that
 * throw.
 *
 * @internal
 */
export function showValue(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  // A huge string is cut before it is quoted, not after: no 10 MB copy.
  if (typeof value === 'string' && value.length > 60) return JSON.stringify(clipText(value, 57));
  try {
    const text = JSON.stringify(value);
    if (text === undefined) return describeValue(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
  } catch {
    return describeValue(value);
  }
}
