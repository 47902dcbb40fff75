/**
 * The oracle for the allocation solver: try every assignment.
 *
 * @internal
 */
import type { AllocationProblem } from '../../src/audit/allocation/AllocationProblem.js';
import { compareScores, evaluateAllocation, isValidAssignment, type AllocationEvaluation, type AllocationScore } from '../../src/audit/allocation/evaluateAllocation.js';
import { compareTieBreak } from '../../src/audit/allocation/tieBreak.js';

/**
 * The second and third aims recomputed from each node's outcome, the way
 * the docs state them and independently of the engine's `countedTotals`:
 * every child of a node that needs all its children counts; of a node
 * needing `need` of more children, the best subset of `need` children
 * (tried one by one) counts; a node at or below a fixed node counts its
 * fixed value and no progress.
 */
export function documentedScore(problem: AllocationProblem, e: AllocationEvaluation): AllocationScore {
  const nodes = problem.nodes;
  const listed = new Set(nodes.flatMap((n) => n.children));
  const value = (x: number, fixed: boolean | undefined): [number, number] => {
    const node = nodes[x]!;
    const inert = fixed ?? node.fixed;
    const o = e.nodes[x]!;
    let own: [number, number];
    if (inert !== undefined) own = [inert ? 1 : 0, 0];
    else {
      const countNeed = node.min.count ?? (node.kind === 'leaf' && node.min.credits === undefined ? 1 : undefined);
      const progress = (node.min.credits === undefined ? 0 : Math.min(o.credits, node.min.credits)) + (countNeed === undefined ? 0 : Math.min(o.count, countNeed));
      own = [o.satisfied ? 1 : 0, progress];
    }
    const kids = node.children.map((c) => value(c, inert));
    if (inert !== undefined || kids.length <= node.need) return kids.reduce((a, b) => [a[0] + b[0], a[1] + b[1]], own);
    let best: [number, number] = [-1, -1];
    const pick = (from: number, left: number, acc: [number, number]): void => {
      if (left === 0) {
        if (acc[0] > best[0] || (acc[0] === best[0] && acc[1] > best[1])) best = acc;
        return;
      }
      for (let k = from; k <= kids.length - left; k++) pick(k + 1, left - 1, [acc[0] + kids[k]![0], acc[1] + kids[k]![1]]);
    };
    pick(0, node.need, [0, 0]);
    return [own[0] + best[0], own[1] + best[1]];
  };
  let satisfiedNodes = 0;
  let progress = 0;
  nodes.forEach((_, x) => {
    if (listed.has(x)) return;
    const [s, p] = value(x, undefined);
    satisfiedNodes += s;
    progress += p;
  });
  return { ...e.score, satisfiedNodes, progress };
}

/** Leaves item `i` could conceivably go to, plus -1 (validity is checked later). */
function choices(problem: AllocationProblem, i: number): number[] {
  const out = new Set<number>([-1]);
  problem.nodes.forEach((node, l) => {
    if (node.eligible.includes(i)) out.add(l);
  });
  const pin = problem.items[i]!.pinned;
  if (pin !== undefined) out.add(pin);
  return [...out];
}

/**
 * Enumerates every assignment (each item: none or any node that lists it or
 * it is pinned to), keeps the valid ones (`isValidAssignment`) and returns
 * the one with the best score (`compareScores`, the satisfied nodes and
 * progress recomputed by {@link documentedScore}), and among equals the
 * winner of the tie-break (`compareTieBreak`). Exponential: for small
 * problems only.
 *
 * @param problem - a small problem
 * @returns the best assignment, its evaluation, and how many valid ones there were
 * @internal
 */
export function exhaustiveAllocation(problem: AllocationProblem): { assignment: number[]; evaluation: AllocationEvaluation; valid: number } {
  const options = problem.items.map((_, i) => choices(problem, i));
  const current = problem.items.map(() => -1);
  let best: { assignment: number[]; evaluation: AllocationEvaluation } | undefined;
  let valid = 0;
  const visit = (i: number): void => {
    if (i === current.length) {
      if (!isValidAssignment(problem, current)) return;
      valid += 1;
      const found = evaluateAllocation(problem, current);
      const evaluation = { ...found, score: documentedScore(problem, found) };
      const c = best === undefined ? 1 : compareScores(evaluation.score, best.evaluation.score);
      if (c > 0 || (c === 0 && compareTieBreak(current, best!.assignment) > 0)) best = { assignment: [...current], evaluation };
      return;
    }
    for (const l of options[i]!) {
      current[i] = l;
      visit(i + 1);
    }
    current[i] = -1;
  };
  visit(0);
  if (best === undefined) throw new Error('no valid assignment');
  return { ...best, valid };
}
