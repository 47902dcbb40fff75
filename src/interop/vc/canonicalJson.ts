/**
 * JSON text of plain data with every object's keys in code-unit order, so
 * that two documents holding the same data give the same text whatever
 * order their keys came in. Used to compare what importers read and to
 * derive stable ids; the data was depth-checked when it was read.
 *
 * @internal
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

/**
 * A 64-bit hash of a text as 16 hex digits (two FNV-1a passes with
 * different offsets): the same text always gives the same hash, on every
 * machine. Not for security; for ids of credentials that carry none.
 *
 * @internal
 */
export function stableHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
