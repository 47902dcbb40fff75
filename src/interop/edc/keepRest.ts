/**
 * The fields of an object but those named, or `undefined` when none is
 * left: what an importer keeps in `extensions` because it did not map it.
 *
 * @internal
 */
export function keepRest(value: Readonly<Record<string, unknown>>, mapped: readonly string[]): Record<string, unknown> | undefined {
  const rest: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (mapped.includes(key)) continue;
    // A key such as __proto__ is data here: define it, never assign it.
    Object.defineProperty(rest, key, { value: value[key], enumerable: true, writable: true, configurable: true });
  }
  return Object.keys(rest).length > 0 ? rest : undefined;
}
