/**
 * fast-check arbitraries for allocation problems, and deterministic problem
 * builders for examples and benchmarks.
 *
 * @internal
 */
import fc from 'fast-check';
import type { AllocItem, AllocNode, AllocationProblem, GroupKey } from '../../src/audit/allocation/AllocationProblem.js';

export { twoPoolProblem, typicalProblem } from './allocationBuilders.js';

/** `arb` one time in `1 + nilWeight`, else undefined. */
const maybe = <T>(arb: fc.Arbitrary<T>, nilWeight = 2): fc.Arbitrary<T | undefined> =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: nilWeight }, { arbitrary: arb, weight: 1 });

const credits = fc.constantFrom(0, 0.5, 1, 1.5, 2, 3, 4);
const byKey: fc.Arbitrary<GroupKey> = fc.constantFrom('subject', 'provider');
const smallCount = fc.integer({ min: 0, max: 3 });
const amounts = fc.record({ credits: maybe(credits.map((c) => c * 2)), count: maybe(fc.integer({ min: 1, max: 3 })) });

const itemArb = fc.record({
  credits,
  recognized: fc.boolean(),
  points: maybe(fc.constantFrom(0, 1, 2, 2.5, 3, 4)),
  subject: maybe(fc.constantFrom('a', 'b', 'c')),
  moreSubjects: maybe(fc.uniqueArray(fc.constantFrom('a', 'b', 'c'), { minLength: 1, maxLength: 2 })),
  tags: maybe(fc.uniqueArray(fc.constantFrom('t', 'u', 'v'), { minLength: 1, maxLength: 2 })),
  kind: maybe(fc.constantFrom('course', 'module')),
  provider: maybe(fc.constantFrom('x', 'y')),
  home: fc.boolean(),
  earned: maybe(fc.integer({ min: 0, max: 10 })),
  window: fc.integer({ min: 2, max: 8 }),
  leaves: fc.uniqueArray(fc.nat(7), { maxLength: 3 }),
  pin: maybe(fc.nat(7), 6),
});

const qualifiers = fc.record({
  maxRecognized: maybe(fc.record({ credits: maybe(credits.map((c) => c * 2)), count: maybe(smallCount), share: maybe(fc.constantFrom(0, 0.25, 0.5, 1)) })),
  maxPer: maybe(fc.record({ by: byKey, count: maybe(fc.integer({ min: 1, max: 2 })), credits: maybe(credits.map((c) => c + 1)) })),
  minDistinct: maybe(fc.record({ by: fc.constantFrom('subject', 'provider', 'tag', 'kind'), count: fc.integer({ min: 1, max: 3 }) })),
  minGpa: maybe(fc.constantFrom(1, 2, 2.5, 3)),
  limits: maybe(fc.array(fc.record({ items: fc.uniqueArray(fc.nat(6), { minLength: 1, maxLength: 4 }), count: maybe(fc.integer({ min: 0, max: 2 }), 1), credits: maybe(fc.constantFrom(1, 3, 4.5), 1) }), { minLength: 1, maxLength: 2 })),
  fixed: maybe(fc.boolean(), 8),
});

const nodeArb = fc.record({
  kind: fc.constantFrom('all', 'any', 'atLeast'),
  atLeast: fc.nat(3),
  claim: maybe(fc.constant(true)),
  parent: fc.nat(),
  min: amounts,
  max: maybe(amounts),
  q: qualifiers,
});

const policiesArb = fc.record({
  totalCredits: maybe(fc.constantFrom(2, 4, 6, 9)),
  residency: maybe(fc.record({ credits: maybe(fc.constantFrom(1, 3, 5)), share: maybe(fc.constantFrom(0.25, 0.5)) })),
  maxRecognized: maybe(fc.record({ credits: maybe(fc.constantFrom(1, 3)), share: maybe(fc.constantFrom(0.25, 0.5)) })),
  minGpa: maybe(fc.constantFrom(2, 3)),
  timeLimit: maybe(fc.constant(true)),
});

/** Group caps; item indices may fall past the last item (they are ignored). */
const groupArb = fc.record({
  items: fc.uniqueArray(fc.nat(6), { minLength: 1, maxLength: 4 }),
  maxCount: maybe(fc.integer({ min: 0, max: 2 }), 1),
  maxCredits: maybe(fc.constantFrom(0, 2, 3, 4.5, 6), 1),
});

/** Drops undefined entries of records, deeply (exactOptionalPropertyTypes); the caller names the type. */
function defined<T>(o: object): T {
  const entries = Object.entries(o).filter(([, v]) => v !== undefined);
  return Object.fromEntries(entries.map(([k, v]) => [k, v !== null && typeof v === 'object' && !Array.isArray(v) ? defined(v as object) : v])) as T;
}

type NodeDraft = typeof nodeArb extends fc.Arbitrary<infer T> ? T : never;

function buildNodes(internal: NodeDraft[], leaves: NodeDraft[], eligible: number[][]): AllocNode[] {
  const nI = internal.length;
  const children: number[][] = internal.map(() => []);
  internal.forEach((d, j) => j > 0 && children[d.parent % j]!.push(j));
  leaves.forEach((d, k) => children[d.parent % nI]!.push(nI + k));
  const inner = internal.map((d, j): AllocNode => {
    const kids = children[j]!;
    const need = d.kind === 'all' ? kids.length : d.kind === 'any' ? 1 : Math.min(d.atLeast, kids.length);
    const claim = d.claim === true && d.kind !== 'all' ? { claimNeeded: true } : {};
    return { kind: d.kind as AllocNode['kind'], children: kids, need, min: d.atLeast === 3 ? defined(d.min) : {}, eligible: [], ...claim, ...defined<Partial<AllocNode>>(j === 0 ? { ...d.q, fixed: undefined } : d.q) };
  });
  const outer = leaves.map((d, k): AllocNode => ({ kind: 'leaf', children: [], need: 0, min: defined(d.min), eligible: eligible[k]!, ...defined<Partial<AllocNode>>({ max: d.max, ...d.q }) }));
  return [...inner, ...outer];
}

/**
 * Random small allocation problems (up to 7 items, up to 8 nodes) that reach
 * the hard cases: items eligible at several leaves, `max` caps, `maxPer`,
 * `minDistinct`, `minGpa`, `maxRecognized` (with shares), conflicts, pins,
 * fixed nodes, policies, group caps and fractional credits.
 *
 * @internal
 */
export const allocationProblemArb: fc.Arbitrary<AllocationProblem> = fc
  .record({
    items: fc.array(itemArb, { minLength: 1, maxLength: 7 }),
    internal: fc.array(nodeArb, { minLength: 1, maxLength: 3 }),
    leaves: fc.array(nodeArb, { minLength: 1, maxLength: 5 }),
    conflicts: fc.array(fc.tuple(fc.nat(6), fc.nat(6)), { maxLength: 3 }),
    policies: maybe(policiesArb),
    groups: maybe(fc.array(groupArb, { minLength: 1, maxLength: 2 }), 1),
  })
  .map(({ items, internal, leaves, conflicts, policies, groups }) => {
    const nI = internal.length;
    const eligible: number[][] = leaves.map(() => []);
    items.forEach((it, i) => it.leaves.forEach((l) => eligible[l % leaves.length]!.includes(i) || eligible[l % leaves.length]!.push(i)));
    const nodes = buildNodes(internal, leaves, eligible.map((e) => e.sort((a, b) => a - b)));
    const allocItems = items.map((it, i): AllocItem => {
      const conf = conflicts.flatMap(([a, b]) => (a === i && b < items.length ? [b] : b === i && a < items.length ? [a] : []));
      const earned = it.earned;
      return defined<AllocItem>({
        credits: it.credits,
        recognized: it.recognized,
        points: it.points,
        subject: it.subject,
        // Several subjects: the primary one first.
        subjects: it.subject === undefined || it.moreSubjects === undefined ? undefined : [it.subject, ...it.moreSubjects.filter((s) => s !== it.subject)],
        tags: it.tags,
        kind: it.kind,
        provider: it.provider,
        home: it.home,
        earned,
        windowEnd: earned === undefined ? undefined : earned + it.window,
        conflicts: conf,
        pinned: it.pin === undefined ? undefined : nI + (it.pin % leaves.length),
      });
    });
    const withGroups = groups === undefined ? {} : { groups: groups.map((g) => defined<NonNullable<AllocationProblem['groups']>[number]>(g)) };
    return policies === undefined ? { items: allocItems, nodes, ...withGroups } : { items: allocItems, nodes, ...withGroups, policies: defined<NonNullable<AllocationProblem['policies']>>(policies) };
  });

/** A problem plus one more item (appended last), for monotonicity. @internal */
export const problemPlusItemArb: fc.Arbitrary<{ problem: AllocationProblem; bigger: AllocationProblem }> = fc
  .tuple(allocationProblemArb, itemArb)
  .map(([problem, it]) => {
    const index = problem.items.length;
    const leaves = problem.nodes.flatMap((n, l) => (n.kind === 'leaf' ? [l] : []));
    const targets = new Set(it.leaves.map((l) => leaves[l % leaves.length]!));
    const item = defined<AllocItem>({ credits: it.credits, recognized: it.recognized, points: it.points, subject: it.subject, provider: it.provider, home: it.home, conflicts: [] });
    const nodes = problem.nodes.map((n, l) => (targets.has(l) ? { ...n, eligible: [...n.eligible, index] } : n));
    return { problem, bigger: { ...problem, items: [...problem.items, item], nodes } };
  });
