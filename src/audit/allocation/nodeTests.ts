/**
 * The tests a node makes on what counts below it: minimums and qualifiers.
 *
 * @internal
 */
import type { AllocItem, AllocNode } from './AllocationProblem.js';
import { EPS } from './allocationScore.js';
import { groupKey } from './countLeaf.js';
import { distinctCount } from './distinctKeys.js';

/**
 * The count a node needs: `min.count`, or 1 for a leaf with neither
 * `min.count` nor `min.credits`; undefined when it needs no count.
 *
 * @internal
 */
export function countNeed(node: AllocNode): number | undefined {
  if (node.min.count !== undefined) return node.min.count;
  return node.kind === 'leaf' && node.min.credits === undefined ? 1 : undefined;
}

/**
 * Whether counted credits and count reach the node's minimums.
 *
 * @internal
 */
export function meetsMinimum(node: AllocNode, credits: number, count: number): boolean {
  if (node.min.credits !== undefined && credits < node.min.credits - EPS) return false;
  const need = countNeed(node);
  return need === undefined || count >= need;
}

/**
 * The grade-point average of `counted`: the credit-weighted mean of `points`,
 * Σ(points × weight) / Σ weight over the graded items whose weight (the
 * credits they contribute) is above 0; when no graded item carries credit,
 * the plain mean of points over the graded items; undefined when none is
 * graded. With `plain`, always the plain mean over the graded items.
 *
 * @param items - all items
 * @param counted - the item indices averaged over
 * @param weightAt - the weight of `counted[k]`
 * @param plain - the plain mean, not weighted by credits
 * @returns the average, or undefined
 * @internal
 */
export function meanPoints(items: readonly AllocItem[], counted: readonly number[], weightAt: (k: number) => number, plain = false): number | undefined {
  let sum = 0;
  let n = 0;
  let weighted = 0;
  let weights = 0;
  for (let k = 0; k < counted.length; k++) {
    const p = items[counted[k]!]!.points;
    if (p === undefined) continue;
    sum += p;
    n += 1;
    const w = weightAt(k);
    if (w > 0) {
      weighted += p * w;
      weights += w;
    }
  }
  if (n === 0) return undefined;
  return weights > 0 && !plain ? weighted / weights : sum / n;
}


function perKeyHolds(items: readonly AllocItem[], node: AllocNode, counted: readonly number[], contributions: readonly number[]): boolean {
  const per = node.maxPer;
  if (per === undefined) return true;
  const byKey = new Map<string, { n: number; c: number }>();
  counted.forEach((i, k) => {
    const key = groupKey(items[i]!, per.by);
    if (key === undefined) return;
    const e = byKey.get(key) ?? { n: 0, c: 0 };
    byKey.set(key, { n: e.n + 1, c: e.c + contributions[k]! });
  });
  for (const e of byKey.values()) {
    if (per.count !== undefined && e.n > per.count) return false;
    if (per.credits !== undefined && e.c > per.credits + EPS) return false;
  }
  return true;
}

function recognizedHolds(items: readonly AllocItem[], node: AllocNode, counted: readonly number[], contributions: readonly number[], credits: number): boolean {
  const mr = node.maxRecognized;
  if (mr === undefined) return true;
  let n = 0;
  let c = 0;
  counted.forEach((i, k) => {
    if (!items[i]!.recognized) return;
    n += 1;
    c += contributions[k]!;
  });
  if (mr.count !== undefined && n > mr.count) return false;
  if (mr.credits !== undefined && c > mr.credits + EPS) return false;
  return mr.share === undefined || c <= mr.share * credits + EPS;
}

function limitsHold(node: AllocNode, counted: readonly number[], contributions: readonly number[]): boolean {
  for (const lim of node.limits ?? []) {
    let n = 0;
    let c = 0;
    counted.forEach((i, k) => {
      if (!lim.items.includes(i)) return;
      n += 1;
      c += contributions[k]!;
    });
    if ((lim.count !== undefined && n > lim.count) || (lim.credits !== undefined && c > lim.credits + EPS)) return false;
  }
  return true;
}

/**
 * Whether the counted items below a node pass its qualifiers: `minDistinct`
 * (distinct keys the counted items cover, each item one of its keys: see
 * `distinctCount`), `minGpa` (the
 * credit-weighted grade-point average of the counted items, see
 * `meanPoints`; none graded fails) and, for internal nodes only (at
 * leaves they are caps, applied while counting), `maxPer`,
 * `maxRecognized` and `limits` as tests.
 *
 * @param items - all items
 * @param node - the node
 * @param counted - item indices counted below it
 * @param contributions - the credits each contributes (parallel)
 * @param credits - counted credits below it
 * @param plainGpa - `minGpa` over the plain mean (see `meanPoints`)
 * @returns whether the qualifiers hold
 * @internal
 */
export function meetsQualifiers(items: readonly AllocItem[], node: AllocNode, counted: readonly number[], contributions: readonly number[], credits: number, plainGpa = false): boolean {
  const md = node.minDistinct;
  if (md !== undefined && distinctCount(items, counted, md.by) < md.count) return false;
  if (node.minGpa !== undefined) {
    const mean = meanPoints(items, counted, (k) => contributions[k]!, plainGpa);
    if (mean === undefined || mean < node.minGpa - EPS) return false;
  }
  if (node.kind === 'leaf') return true;
  return perKeyHolds(items, node, counted, contributions) && recognizedHolds(items, node, counted, contributions, credits) && limitsHold(node, counted, contributions);
}
