/**
 * Orders strings by UTF-16 code units (what `<` does), the one order ids are
 * listed in wherever a result must not depend on the order documents give.
 *
 * @internal
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
