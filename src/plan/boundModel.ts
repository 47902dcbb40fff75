import type { CompiledProgram } from '../audit/compile/CompiledProgram.js';
import type { CompiledTree } from '../audit/compile/CompiledTree.js';
import type { Unit } from '../model/unit.js';
import type { Credits } from '../model/credits.js';
import type { Exception } from '../model/exception.js';
import { compileFilter } from '../rules/compileFilter.js';
import type { PlanCandidate } from './PlanCandidate.js';
import { feedIndex, type FeedIndex } from './feedIndex.js';
import { distinctKeys, perKeys } from './itemKeys.js';

/**
 * Where an item of a leaf comes from: an achievement the record holds, a
 * candidate unit, or a composite stacked from its own parts.
 *
 * @internal
 */
export type ItemRef = { readonly t: 'held' } | { readonly t: 'candidate'; readonly i: number } | { readonly t: 'composite'; readonly tree: number };

/**
 * One way a leaf could be fed, with the credits it would bring there.
 *
 * @internal
 */
export interface BoundItem {
  readonly ref: ItemRef;
  readonly credits: number;
  /**
   * The share of its source's cost the item is charged: 1, but for a
   * source that recognitions turn into several granted units, each of them
   * and the source itself are charged an equal share, so that feeding
   * several requirements from one source never charges it more than once.
   */
  readonly share: number;
  /** Earned at the program's home institution (residency credit), as far as the bound can tell. */
  readonly home?: boolean;
  /** The unit the allocation would see for it (a grant's stand-in), for per-key caps and distinct keys. */
  readonly unit: Unit;
}

/**
 * A requirement node as the bound reads it.
 *
 * @internal
 */
export interface BoundNode {
  /** The requirement's id (a policy's name for {@link BoundModel.policies}). */
  readonly id: string;
  readonly kind: 'all' | 'any' | 'atLeast' | 'leaf';
  readonly need: number;
  readonly children: readonly number[];
  readonly overlay: boolean;
  readonly waived: boolean;
  /** What the node itself asks for: a leaf's minimum, an inner node's own minimum (or the program's total). */
  readonly count: number;
  readonly credits: number;
  /** A leaf's items; for an inner node with its own minimum, every item of the leaves below it. */
  readonly items: readonly BoundItem[];
  /** A leaf's `maxPer`: at most `count` items (and `credits`) of one key count; `group[k]` is item k's key (-1: none, so uncapped). */
  readonly per?: { readonly count?: number; readonly credits?: number; readonly group: Int32Array };
  /** The node's `minDistinct`: its items must carry `count` distinct keys; `keys[k]` are item k's. */
  readonly distinct?: { readonly count: number; readonly keys: readonly Int32Array[] };
}

/**
 * The program and its composites, prepared for the plan's lower bound:
 * trees in stacking order (composites first, the program last), every leaf
 * with the items that could feed it.
 *
 * @internal
 */
export interface BoundModel {
  readonly trees: readonly (readonly BoundNode[])[];
  /** The program's policies the bound reads, each as a leaf over the program's items (residency: the home institution's). */
  readonly policies: readonly BoundNode[];
  /** False when what-if exceptions (substitutions, credit) could feed leaves in ways the bound does not see: the bound then says nothing. */
  readonly sound: boolean;
}

/**
 * Prepares the bound: for every leaf of the program and its composites,
 * the held achievements, candidates, composites and recognition grants that
 * could feed it. Generous where unsure: the bound must never exceed what
 * completing the program truly costs.
 *
 * @internal
 */
export function boundModel(
  compiled: CompiledProgram,
  held: readonly { readonly unit: Unit; readonly credits?: Credits; readonly issuer?: string }[],
  candidates: readonly PlanCandidate[],
  exceptions: readonly Exception[],
  index: FeedIndex = feedIndex(compiled),
): BoundModel {
  const { catalog } = compiled;
  const trees: CompiledTree[] = [...compiled.composites, compiled.tree];
  const waived = new Set(exceptions.filter((e) => e.kind === 'waive' && (e.program === undefined || e.program === compiled.program.id)).map((e) => e.kind === 'waive' ? e.requirement : ''));
  const sound = !exceptions.some((e) => e.kind === 'substitute' || e.kind === 'credit');
  // Every source a leaf could be fed from, as a unit and the ref it is reached by.
  const sources: { unit: Unit; ref: ItemRef; credits?: Credits; home?: boolean }[] = [
    ...held.map((h) => ({ unit: h.unit, ref: { t: 'held' } as const, ...(h.credits && { credits: h.credits }), home: h.issuer === compiled.home || h.unit.provider === compiled.home })),
    ...candidates.map((c) => ({ unit: c.unit, ref: { t: 'candidate', i: c.index } as const, home: c.unit.provider === compiled.home })),
    ...trees.slice(0, -1).map((t, i) => ({ unit: t.unit, ref: { t: 'composite', tree: i } as const, home: t.unit.provider === compiled.home })),
  ];
  const grants = compiled.recognitions.flatMap((rec) => {
    const from = compileFilter(rec.from);
    const granted = (rec.grants.units ?? []).map((id) => catalog.unit(id)).filter((u): u is Unit => u !== undefined);
    return sources
      .filter((s) => from(s.unit))
      .map((s) => {
        if (granted.length > 0) {
          const share = rec.grants.credits && { value: rec.grants.credits.value / granted.length, system: rec.grants.credits.system };
          return { ref: s.ref, units: granted.map((u) => ({ unit: u, credits: share ?? u.credits })) };
        }
        const standIn: Unit = { ...s.unit, ...(rec.grants.subjects && { subjects: rec.grants.subjects }), ...(rec.grants.tags && { tags: rec.grants.tags }) };
        return { ref: s.ref, units: [{ unit: standIn, credits: rec.grants.credits ?? s.credits ?? s.unit.credits }] };
      });
  });
  // How many items of the program each source can become: itself, and every unit granted from it.
  const slots = new Map<string, number>();
  for (const g of grants) slots.set(refKey(g.ref), (slots.get(refKey(g.ref)) ?? 1) + g.units.length);
  const shareOf = (ref: ItemRef): number => 1 / (slots.get(refKey(ref)) ?? 1);
  const out = trees.map((tree, t) => {
    const system = tree.unit.policies?.creditSystem ?? tree.unit.credits?.system;
    const value = (c: Credits | undefined): number => {
      if (!c) return 0;
      if (system === undefined) return c.value;
      return catalog.creditSystems.convert(c, system)?.value ?? 0;
    };
    // The index numbers the program's tree first, then the composites.
    const at = t === trees.length - 1 ? 0 : t + 1;
    const feeds = (unit: Unit, leaf: CompiledTree['nodes'][number]): boolean => index.feeds(unit, at, leaf.index);
    const nodes: BoundNode[] = tree.nodes.map((node) => {
      const leaf = node.kind === 'unit' || node.kind === 'select';
      const items: BoundItem[] = [];
      if (leaf) {
        for (const s of sources) {
          // A composite feeds only trees stacked after it, and never itself.
          if (s.ref.t === 'composite' && s.ref.tree >= t) continue;
          const share = t === trees.length - 1 ? shareOf(s.ref) : 1;
          if (feeds(s.unit, node)) items.push({ ref: s.ref, credits: value(s.credits ?? s.unit.credits), share, unit: s.unit, ...(s.home && { home: true }) });
        }
        // Recognised units stack into composites too: grants feed every tree (a composite's own grants only trees after it),
        // each at its share of the source, which other grants of the same source may feed elsewhere.
        for (const g of grants) {
          if (g.ref.t === 'composite' && g.ref.tree >= t) continue;
          for (const u of g.units) if (feeds(u.unit, node)) items.push({ ref: g.ref, credits: value(u.credits), share: shareOf(g.ref), unit: u.unit });
        }
      }
      const min = leaf ? (node.leafMin ?? {}) : node.min;
      const total = node.parent === undefined ? tree.unit.policies?.totalCredits : undefined;
      return {
        id: node.id,
        kind: leaf ? 'leaf' : node.kind === 'all' ? 'all' : node.kind === 'any' ? 'any' : 'atLeast',
        need: node.need,
        children: node.children,
        overlay: node.overlay,
        waived: t === trees.length - 1 && waived.has(node.id),
        count: min.count ?? 0,
        credits: Math.max(min.credits ?? 0, total ?? 0),
        items,
        ...(leaf && node.maxPer && (node.maxPer.count !== undefined || node.maxPer.credits !== undefined) && { per: perKeys(items, node.maxPer) }),
      } satisfies BoundNode;
    });
    // Inner nodes with a minimum of their own read every item below them.
    for (let i = nodes.length - 1; i >= 0; i--) {
      const n = nodes[i]!;
      if (n.kind === 'leaf' || (n.count === 0 && n.credits === 0 && !tree.nodes[i]!.minDistinct)) continue;
      const seen = new Set<string>();
      const items: BoundItem[] = [];
      const stack = [...n.children];
      while (stack.length > 0) {
        const c = nodes[stack.pop()!]!;
        stack.push(...c.children);
        if (c.kind !== 'leaf') continue;
        for (const item of c.items) {
          const key = `${refKey(item.ref)}:${item.unit.id}:${item.credits}:${item.share}`;
          if (item.ref.t !== 'held' && seen.has(key)) continue;
          seen.add(key);
          items.push(item);
        }
      }
      nodes[i] = { ...n, items };
    }
    tree.nodes.forEach((node, i) => {
      if (node.minDistinct && node.minDistinct.count > 0) nodes[i] = { ...nodes[i]!, distinct: distinctKeys(nodes[i]!.items, node.minDistinct) };
    });
    return nodes;
  });
  return { trees: out, policies: residency(compiled, out[out.length - 1]!), sound };
}

/** Residency as a leaf: credits from the home institution, at least `credits` and `share` of the total. */
function residency(compiled: CompiledProgram, program: readonly BoundNode[]): BoundNode[] {
  const policies = compiled.program.policies;
  const rule = policies?.residency;
  if (!rule || compiled.home === undefined) return [];
  const credits = Math.max(rule.credits ?? 0, (rule.share ?? 0) * (policies?.totalCredits ?? 0));
  if (credits <= 0) return [];
  const seen = new Set<string>();
  const items: BoundItem[] = [];
  for (const node of program) {
    if (node.kind !== 'leaf') continue;
    for (const item of node.items) {
      if (!item.home) continue;
      const key = `${refKey(item.ref)}:${item.credits}`;
      if (item.ref.t !== 'held' && seen.has(key)) continue;
      seen.add(key);
      items.push(item);
    }
  }
  return [{ id: 'policy:residency', kind: 'leaf', need: 0, children: [], overlay: true, waived: false, count: 0, credits, items }];
}

function refKey(ref: ItemRef): string {
  return ref.t === 'held' ? 'h' : ref.t === 'candidate' ? `c${ref.i}` : `t${ref.tree}`;
}
