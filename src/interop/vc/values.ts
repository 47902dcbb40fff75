/**
 * A path into a credential: object keys and list indices from the root of
 * the document the caller passed (for a VC-JWT, of its decoded payload).
 *
 * @internal
 */
export type Path = readonly (string | number)[];

/**
 * Reading plain JSON data that may hold anything: objects are read by their
 * own keys only (so `constructor` or `__proto__` in a credential are data,
 * never the prototype's), single values stand for lists of one.
 *
 * @internal
 */
export const json = {
  /** Whether a value is a JSON object (not null, not a list). */
  isObject(value: unknown): value is Readonly<Record<string, unknown>> {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  },

  /** The value of an own key of an object; `undefined` for anything else. */
  get(value: unknown, key: string): unknown {
    return json.isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
  },

  /** A value as a list: absent or null is empty, a single value a list of one. */
  list(value: unknown): readonly unknown[] {
    if (value === undefined || value === null) return [];
    return Array.isArray(value) ? value : [value];
  },

  /** A non-empty string, or `undefined`. */
  text(value: unknown): string | undefined {
    return typeof value === 'string' && value !== '' ? value : undefined;
  },

  /** The strings of a `type` (one or a list); anything else is left out. */
  types(value: unknown): string[] {
    return json.list(json.get(value, 'type')).filter((t): t is string => typeof t === 'string');
  },

  /** The path of the `index`th item of a field that may hold one value or a list. */
  itemPath(path: Path, field: string, value: unknown, index: number): Path {
    return Array.isArray(json.get(value, field)) ? [...path, field, index] : [...path, field];
  },
};
