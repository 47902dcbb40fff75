/**
 * A short description of a value's type for messages: `string`, `array`,
 * `null`, `Infinity`, ... Never throws, even for a revoked Proxy.
 *
 * @internal
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  try {
    if (Array.isArray(value)) return 'array';
  } catch {
    return 'object that cannot be read';
  }
  return typeof value;
}
