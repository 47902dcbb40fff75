/**
 * Sets an own, enumerable property, even one named `__proto__` (which plain
 * assignment would take as the prototype): keys read from a document are data.
 *
 * @internal
 */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}
