/**
 * The program's cap on recognised credit (`policies.maxRecognized`) applied
 * to what the leaves count.
 *
 * @internal
 */
import type { AllocationProblem } from './AllocationProblem.js';
import { EPS } from './allocationScore.js';
import type { LeafCount } from './countLeaf.js';

/**
 * Recognised credit the program may count: at most `credits`, and at most
 * `share` of all counted credit (so at most share / (1 − share) times the
 * credit that did not come through recognitions); Infinity without a cap.
 *
 * @internal
 */
export function recognizedRoom(problem: AllocationProblem, otherCredits: number): number {
  const mr = problem.policies?.maxRecognized;
  if (mr === undefined) return Infinity;
  let room = mr.credits ?? Infinity;
  if (mr.share !== undefined && mr.share < 1) room = Math.min(room, (Math.max(0, mr.share) / (1 - Math.max(0, mr.share))) * otherCredits);
  return Math.max(0, room);
}

/**
 * Cuts the leaves' counts to the program's recognised-credit cap: counted
 * recognised items are taken in item order (the tie-break order: earlier
 * earned first), each keeping what is left of the room; one that crosses it
 * counts only for the room left, and those past it, with credit to give but
 * none left, do not count at all. Returns the counts unchanged (the same
 * objects) when no cut is needed, else new counts for the leaves it cut.
 *
 * @param problem - the problem
 * @param counts - per leaf index, what it counts (others undefined)
 * @returns per leaf, what it counts under the cap
 * @internal
 */
export function capRecognized(problem: AllocationProblem, counts: readonly (LeafCount | undefined)[]): readonly (LeafCount | undefined)[] {
  if (problem.policies?.maxRecognized === undefined) return counts;
  const rec: { i: number; leaf: number; k: number }[] = [];
  let other = 0;
  let total = 0;
  counts.forEach((c, leaf) => {
    c?.counted.forEach((i, k) => {
      if (problem.items[i]!.recognized) {
        rec.push({ i, leaf, k });
        total += c.contributions[k]!;
      } else other += c.contributions[k]!;
    });
  });
  let room = recognizedRoom(problem, other);
  if (total <= room + EPS) return counts;
  rec.sort((a, b) => a.i - b.i);
  const cut = new Map<number, Map<number, number>>();
  for (const r of rec) {
    const v = counts[r.leaf]!.contributions[r.k]!;
    const keep = Math.min(v, room);
    room -= keep;
    if (keep < v - EPS) (cut.get(r.leaf) ?? cut.set(r.leaf, new Map()).get(r.leaf)!).set(r.k, keep);
  }
  const out = counts.slice();
  for (const [leaf, keeps] of cut) {
    const c = counts[leaf]!;
    const counted: number[] = [];
    const contributions: number[] = [];
    c.counted.forEach((i, k) => {
      const keep = keeps.get(k) ?? c.contributions[k]!;
      if (keeps.has(k) && keep <= EPS) return;
      counted.push(i);
      contributions.push(keep);
    });
    out[leaf] = { counted, contributions, credits: contributions.reduce((a, b) => a + b, 0), count: counted.length };
  }
  return out;
}
