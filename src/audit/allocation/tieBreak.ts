/**
 * The deterministic tie-break between assignments of equal score.
 *
 * @internal
 */
import type { Assignment } from './AllocationProblem.js';

/**
 * Compares two assignments of equal score, item by item in item order
 * (earlier earned first, then id): at the first item they place
 * differently, the one that gives it a leaf wins over the one that leaves
 * it out, and between two leaves the smaller index (the leaf that comes
 * first in the tree, children taken in id order) wins.
 *
 * @param a - an assignment
 * @param b - another, of the same length
 * @returns positive when `a` wins, negative when `b` wins, 0 when equal
 * @internal
 */
export function compareTieBreak(a: Assignment, b: Assignment): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (x < 0 || y < 0) return x < 0 ? -1 : 1;
    return x < y ? 1 : -1;
  }
  return 0;
}
