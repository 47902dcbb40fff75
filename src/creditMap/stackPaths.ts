import type { CreditCondition } from './CreditCondition.js';
import type { ProgramUnits } from './programUnits.js';
import { narrowingConditions } from './routeConditions.js';
import { byCodeUnits } from '../_internal/byCodeUnits.js';

/**
 * The composites a unit stacks into (those that may stack toward the
 * program), each with the shortest chain of composites from the unit up to
 * it, innermost first (ties broken by id order).
 *
 * @internal
 */
export function stackPaths(found: ProgramUnits, unit: string): Map<string, readonly string[]> {
  const paths = new Map<string, readonly string[]>();
  let frontier: { id: string; path: readonly string[] }[] = [{ id: unit, path: [] }];
  while (frontier.length > 0) {
    const next: { id: string; path: readonly string[] }[] = [];
    for (const { id, path } of frontier) {
      const wholes = (found.partOf.get(id) ?? []).map((p) => p.tree.unit.id).sort(byCodeUnits);
      for (const whole of wholes) {
        if (whole === unit || paths.has(whole)) continue;
        const longer = [...path, whole];
        paths.set(whole, longer);
        next.push({ id: whole, path: longer });
      }
    }
    frontier = next;
  }
  return paths;
}

/**
 * The conditions stacking puts on a unit along a chain of composites: the
 * narrowing (grade bars, verification, dates) of each composite's leaves
 * that take the unit below it.
 *
 * @internal
 */
export function stackConditions(found: ProgramUnits, unit: string, path: readonly string[]): CreditCondition[] {
  const out: CreditCondition[] = [];
  let part = unit;
  for (const whole of path) {
    const place = (found.partOf.get(part) ?? []).find((p) => p.tree.unit.id === whole);
    for (const leaf of place?.leaves ?? []) out.push(...narrowingConditions(leaf.narrowing, whole));
    part = whole;
  }
  return out;
}
