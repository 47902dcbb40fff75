/**
 * The deterministic tie-break between assignments of equal score.
 *
 * @internal
 */
import type { Assignment } from './AllocationProblem.js';

/**
 * Compares two assignments of equal score: first the set of items they
 * consume, the lexicographically earliest (in item order) winning (at the
 * first item where they differ, the one that uses it wins); then, for equal
 * sets, the leaf indices item by item, the smaller winning.
 *
 * @param a - an assignment
 * @param b - another, of the same length
 * @returns positive when `a` wins, negative when `b` wins, 0 when equal
 * @internal
 */
export function compareTieBreak(a: Assignment, b: Assignment): number {
  for (let i = 0; i < a.length; i++) {
    const ua = a[i]! >= 0;
    if (ua !== b[i]! >= 0) return ua ? 1 : -1;
  }
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? 1 : -1;
  }
  return 0;
}
