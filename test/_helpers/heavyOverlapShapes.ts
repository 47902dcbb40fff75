import fc from 'fast-check';
import type { AllocItem, AllocNode, AllocationProblem } from '../../src/audit/allocation/AllocationProblem.js';

/**
 * Issue 10 at its full size, shared by its property test and its benchmark
 * row: programs whose leaves all take the same achievements.
 */
export interface Group {
  readonly kind: 'all' | 'any' | 'atLeast';
  /** Of `atLeast`: how many children it needs (cut to 1 .. its children). */
  readonly need: number;
  readonly min?: number | undefined;
}

/**
 * Items of the given credits under leaves of the given credit minimums
 * (undefined: one achievement), every leaf taking every item, the leaves
 * split in order among the given inner nodes (the group `g` taking
 * `sizes[g]` of them, at least one), all under an `all` root with an
 * optional credit minimum of its own.
 */
export function groupedTree(credits: readonly number[], mins: readonly (number | undefined)[], groups: readonly Group[], sizes: readonly number[], rootMin: number | undefined): AllocationProblem {
  const items: AllocItem[] = credits.map((c) => ({ credits: c, recognized: false, conflicts: [] }));
  const eligible = items.map((_, i) => i);
  const used = groups.slice(0, Math.max(1, Math.min(groups.length, mins.length)));
  const leafStart = 1 + used.length;
  const nodes: AllocNode[] = [{ kind: 'all', children: used.map((_, g) => 1 + g), need: used.length, min: rootMin === undefined ? {} : { credits: rootMin }, eligible: [] }];
  let next = 0;
  used.forEach((group, g) => {
    const left = used.length - g - 1;
    const take = g === used.length - 1 ? mins.length - next : Math.max(1, Math.min(sizes[g]!, mins.length - next - left));
    const children = Array.from({ length: take }, (_, k) => leafStart + next + k);
    next += take;
    const need = group.kind === 'all' ? take : group.kind === 'any' ? 1 : Math.max(1, Math.min(group.need, take));
    nodes.push({ kind: group.kind, children, need, min: group.min === undefined ? {} : { credits: group.min }, eligible: [] });
  });
  for (const min of mins) nodes.push({ kind: 'leaf', children: [], need: 0, min: min === undefined ? {} : { credits: min }, eligible });
  return { items, nodes };
}

/**
 * Issue 10 at its full size: up to 12 achievements of 1-6 credits under up
 * to 8 leaves that all take every one of them, the leaves split among up
 * to three inner nodes (`all`, `any` or `atLeast`), with drawn credit
 * minimums on the leaves (most of them), the inner nodes and the root,
 * often more than the credits can meet.
 */
export const fullSizeArb: fc.Arbitrary<AllocationProblem> = fc
  .record({
    credits: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 12 }),
    mins: fc.array(fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined, freq: 6 }), { minLength: 1, maxLength: 8 }),
    groups: fc.array(
      fc.record({ kind: fc.constantFrom('all' as const, 'any' as const, 'atLeast' as const), need: fc.integer({ min: 1, max: 4 }), min: fc.option(fc.integer({ min: 4, max: 20 }), { nil: undefined }) }),
      { minLength: 1, maxLength: 3 },
    ),
    sizes: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 3, maxLength: 3 }),
    rootMin: fc.option(fc.integer({ min: 8, max: 30 }), { nil: undefined, freq: 3 }),
  })
  .map(({ credits, mins, groups, sizes, rootMin }) => groupedTree(credits, mins, groups, sizes, rootMin));

/** The same problem with its items in the reverse tie-break order (as renaming them could give). */
export function reversed(p: AllocationProblem): AllocationProblem {
  return {
    items: [...p.items].reverse(),
    nodes: p.nodes.map((n) => ({ ...n, eligible: n.eligible.map((i) => p.items.length - 1 - i).sort((x, y) => x - y) })),
  };
}

