import { Catalog } from '../catalog/Catalog.js';

/**
 * Whether a value is a Catalog the library made. `instanceof` alone is not
 * enough: an object that only borrows the prototype, or a Proxy of a real
 * catalog, passes it and then throws a TypeError on the first lookup (the
 * private fields are missing), so a lookup is tried too. Never throws, even
 * for a revoked Proxy.
 *
 * @internal
 */
export function isCatalog(value: unknown): value is Catalog {
  try {
    if (!(value instanceof Catalog)) return false;
    value.unit('');
    return true;
  } catch {
    return false;
  }
}
