/**
 * Deterministic allocation problems for examples and benchmarks.
 *
 * @internal
 */
import type { AllocItem, AllocNode, AllocationProblem } from '../../src/audit/allocation/AllocationProblem.js';

const leaf = (eligible: number[], min: AllocNode['min'] = {}, extra: Partial<AllocNode> = {}): AllocNode => ({ kind: 'leaf', children: [], need: 0, min, eligible, ...extra });
const all = (children: number[], min: AllocNode['min'] = {}): AllocNode => ({ kind: 'all', children, need: children.length, min, eligible: [] });
const item = (credits: number, earned: number, extra: Partial<AllocItem> = {}): AllocItem => ({ credits, recognized: false, home: true, earned, conflicts: [], ...extra });

/**
 * The overlapping-electives workload (P2): a major with three core units and
 * two elective pools, pool A needing 4 courses and pool B 3, where each of
 * the `n` electives is eligible for both pools; 30 credits in total. Items:
 * the three core courses, then the electives (3 credits each).
 *
 * Nodes: 0 root (all of 1, 5, 6); 1 core (all of 2, 3, 4); 2–4 unit leaves;
 * 5 pool A; 6 pool B.
 *
 * @param n - how many electives (at least 7 for the program to be satisfiable)
 * @internal
 */
export function twoPoolProblem(n: number): AllocationProblem {
  const electives = Array.from({ length: n }, (_, k) => 3 + k);
  const items = [item(3, 0, { subject: 'CS' }), item(3, 1, { subject: 'CS' }), item(3, 2, { subject: 'MATH' })];
  for (let k = 0; k < n; k++) items.push(item(3, 10 + k, { subject: k % 2 === 0 ? 'CS' : 'DS' }));
  const nodes = [all([1, 5, 6]), all([2, 3, 4]), leaf([0]), leaf([1]), leaf([2]), leaf(electives, { count: 4 }), leaf(electives, { count: 3 })];
  return { items, nodes, policies: { totalCredits: 30 } };
}

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Item plan of {@link typicalProblem}: [credits, eligible leaves] per item. */
function typicalItems(): [number, number[]][] {
  const rnd = random(20240611);
  const plan: [number, number[]][] = [];
  for (let k = 0; k < 12; k++) plan.push([3, [2 + k]]); // core
  for (let k = 0; k < 4; k++) plan.push([4, [15 + k]]); // math
  const pools = [[19, 20], [20, 21], [19, 21], [19, 20, 21]];
  for (let k = 0; k < 14; k++) {
    const p = [...pools[Math.floor(rnd() * pools.length)]!, 29];
    if (k % 5 === 0) p.push(28);
    plan.push([rnd() < 0.3 ? 4 : 3, p]); // electives
  }
  for (let k = 0; k < 6; k++) plan.push([3, [23 + (k % 4), 29]]); // general education
  plan.push([4, [27]]); // capstone
  plan.push([3, [28, 29]]);
  plan.push([2, []]);
  plan.push([1, [29]]);
  return plan;
}

/**
 * The typical audit (P1): 40 items, 30 nodes, three overlapping elective
 * pools, a writing pool, a breadth rule (2 of 4), a capped free-elective
 * leaf, and credit and residency policies. Items come in a fixed shuffled
 * (earned) order; nodes:
 * 0 root; 1 core (all of 2–13); 14 math (all of 15–18); 19–21 pools A (4
 * courses), B (3 courses), C (9 credits); 22 breadth (at least 2 of 23–26);
 * 27 capstone; 28 writing (2 courses); 29 free electives (6 credits, at most 6).
 *
 * @internal
 */
export function typicalProblem(): AllocationProblem {
  const plan = typicalItems();
  const rnd = random(7);
  const order = plan.map((_, k) => k);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const position = new Map(order.map((k, i) => [k, i]));
  const items = order.map((k, i) => item(plan[k]![0], i, { subject: k % 3 === 0 ? 'CS' : 'MATH', home: k % 4 !== 0, points: 2 + (k % 3) }));
  const eligibleAt = (l: number): number[] => plan.flatMap(([, ls], k) => (ls.includes(l) ? [position.get(k)!] : [])).sort((a, b) => a - b);
  const nodes: AllocNode[] = [{ ...all([1, 14, 19, 20, 21, 22, 27, 28, 29]) }, all(Array.from({ length: 12 }, (_, k) => 2 + k))];
  for (let k = 0; k < 12; k++) nodes.push(leaf(eligibleAt(2 + k)));
  nodes.push(all([15, 16, 17, 18]));
  for (let k = 0; k < 4; k++) nodes.push(leaf(eligibleAt(15 + k)));
  nodes.push(leaf(eligibleAt(19), { count: 4 }), leaf(eligibleAt(20), { count: 3 }), leaf(eligibleAt(21), { credits: 9 }));
  nodes.push({ kind: 'atLeast', children: [23, 24, 25, 26], need: 2, min: {}, eligible: [] });
  for (let k = 0; k < 4; k++) nodes.push(leaf(eligibleAt(23 + k)));
  nodes.push(leaf(eligibleAt(27)), leaf(eligibleAt(28), { count: 2 }), leaf(eligibleAt(29), { credits: 6 }, { max: { credits: 6 } }));
  return { items, nodes, policies: { totalCredits: 90, residency: { credits: 30 } } };
}

/**
 * A core and a rule with two ways of being met, the shape of a published
 * program whose alternatives are also core courses: the root (node 0) is
 * `all` of the core (node 1, `all` of one unit leaf per entry of `core`)
 * and the choice (node k = `core.length` + 2, `any` of a unit leaf taking
 * `alone` (node k + 1) and an `all` (node k + 2) of one unit leaf per entry
 * of `together`). Each unit leaf needs one achievement, of the item given.
 *
 * @param items - the items
 * @param core - per core leaf, the item it takes
 * @param alone - the item that meets the choice alone
 * @param together - per leaf of the choice's other way, the item it takes
 * @internal
 */
export function coreAndChoice(items: AllocItem[], core: readonly number[], alone: number, together: readonly number[]): AllocationProblem {
  const unit = (i: number): AllocNode => leaf([i], { count: 1 });
  const k = core.length + 2;
  const nodes: AllocNode[] = [all([1, k]), all(core.map((_, c) => 2 + c)), ...core.map(unit)];
  nodes.push({ kind: 'any', children: [k + 1, k + 2], need: 1, min: {}, eligible: [] }, unit(alone), all(together.map((_, c) => k + 3 + c)), ...together.map(unit));
  return { items, nodes };
}
