/**
 * Symmetry breaking: interchangeable items.
 *
 * @internal
 */
import type { AllocationProblem } from './AllocationProblem.js';
import type { ProblemShape } from './problemShape.js';

function signature(problem: AllocationProblem, shape: ProblemShape, i: number, bySubject: boolean, byProvider: boolean): string {
  const it = problem.items[i]!;
  return [
    shape.allowed[i]!.join(','),
    it.credits,
    it.points ?? '',
    it.recognized ? 1 : 0,
    it.home === true ? 1 : 0,
    it.earned ?? '',
    it.windowEnd ?? '',
    shape.groupsOf[i]!.join(','),
    bySubject ? JSON.stringify(it.subject ?? null) : '',
    byProvider ? JSON.stringify(it.provider ?? null) : '',
  ].join('|');
}

function interferes(shape: ProblemShape, from: number, to: number): boolean {
  const leaves = new Set(shape.allowed[to]!);
  for (let x = from + 1; x < to; x++) {
    if (shape.allowed[x]!.some((l) => leaves.has(l))) return true;
  }
  return false;
}

/**
 * For each item, the previous item it is interchangeable with, or -1.
 *
 * Two items are interchangeable when they have the same allowed leaves,
 * credits, points, recognised and home flags, earned and windowEnd, groups, and
 * (where some node groups by them) subject and provider; have no conflicts
 * and no pin; and no item between them may go to any of their leaves (so
 * swapping them changes no leaf's counting order). Swapping two such items
 * changes nothing in the evaluation, so an optimum exists (and the
 * tie-break's optimum is one) in which, along each chain, the leaves are
 * non-decreasing with "none" last. The solver only explores such
 * assignments.
 *
 * @param problem - the problem
 * @param shape - its shape
 * @returns the predecessor of each item in its chain, or -1
 * @internal
 */
export function symmetryPredecessors(problem: AllocationProblem, shape: ProblemShape): Int32Array {
  const bySubject = problem.nodes.some((n) => n.maxPer?.by === 'subject' || n.minDistinct?.by === 'subject');
  const byProvider = problem.nodes.some((n) => n.maxPer?.by === 'provider' || n.minDistinct?.by === 'provider');
  const prev = new Int32Array(problem.items.length).fill(-1);
  const last = new Map<string, number>();
  problem.items.forEach((item, j) => {
    if (item.pinned !== undefined || shape.conflicts[j]!.length > 0 || shape.allowed[j]!.length === 0) return;
    const sig = signature(problem, shape, j, bySubject, byProvider);
    const i = last.get(sig);
    last.set(sig, j);
    if (i !== undefined && !interferes(shape, i, j)) prev[j] = i;
  });
  return prev;
}
