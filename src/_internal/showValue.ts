import { describeValue } from './describeValue.js';

/**
 * A short, safe rendering of any value for a message: JSON where it can be
 * written (cut to 60 characters), else its type. Never throws, even for
 * objects without a prototype or with cycles.
 *
 * @internal
 */
export function showValue(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  try {
    const text = JSON.stringify(value);
    if (text === undefined) return describeValue(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
  } catch {
    return describeValue(value);
  }
}
