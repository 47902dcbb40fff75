import type { BoundModel, BoundNode, ItemRef } from './boundModel.js';
import { evaluateItems, union, type NodeOutcome } from './evaluateItems.js';

/** A candidate's state in the search: open (undecided), in the plan, or out of it. */
export const OPEN = 0;
/** In the plan. */
export const IN = 1;
/** Out of the plan. */
export const OUT = 2;

/**
 * What the bound says of a search node.
 *
 * @internal
 */
export interface BoundOutcome {
  /** A lower bound on the weight the open candidates still to be added must have; `Infinity` when no completion exists. */
  readonly lb: number;
  /** True when what is held and planned cannot meet the program even as generously as the bound reads it: some open candidate must be added. */
  readonly short: boolean;
  /** When short: open candidates one of which every completion adds (the smallest such set found). */
  readonly feeders: readonly number[];
}

const NONE: number[] = [];

/**
 * Evaluates the bound on a search node: per leaf, the cheapest open
 * candidates (or composites, or grants) that would meet it if it had every
 * item to itself; summed under `all`, the cheapest needed children under
 * `any` and `atLeast`, and at least an inner node's own minimum. Each item is
 * charged no more than its share of the candidates beneath it (a source
 * recognitions turn into several units shares its cost among them), and
 * the program's allocation gives an achievement to one leaf only, so the
 * bound never exceeds the weight of the cheapest completion.
 *
 * @param model - from {@link boundModel}
 * @param state - per candidate: {@link OPEN}, {@link IN} or {@link OUT}
 * @param weights - per candidate, its weight in the objective
 * @param onProgramNode - called with each node of the program (and each policy) and what the bound says of it
 * @internal
 */
export function evaluateBound(model: BoundModel, state: Uint8Array, weights: readonly number[], onProgramNode?: (node: BoundNode, outcome: BoundOutcome) => void): BoundOutcome {
  const composite: NodeOutcome[] = [];
  const costOf = (ref: ItemRef): { cost: number; free: boolean; feeders: readonly number[] } | undefined => {
    if (ref.t === 'held') return { cost: 0, free: true, feeders: NONE };
    if (ref.t === 'candidate') {
      const s = state[ref.i];
      if (s === OUT) return undefined;
      return s === IN ? { cost: 0, free: true, feeders: NONE } : { cost: weights[ref.i]!, free: false, feeders: [ref.i] };
    }
    const c = composite[ref.tree]!;
    if (c.lb === Infinity) return undefined;
    return { cost: c.lb, free: !c.short, feeders: c.feeders };
  };
  let root: NodeOutcome = { lb: 0, short: false, feeders: NONE };
  model.trees.forEach((nodes, t) => {
    root = evaluateNode(nodes, 0, costOf, t === model.trees.length - 1 ? onProgramNode : undefined);
    if (t < model.trees.length - 1) composite.push(root);
  });
  if (!model.sound) return { lb: 0, short: false, feeders: NONE };
  for (const policy of model.policies) {
    const p = evaluateItems(policy, costOf);
    onProgramNode?.(policy, p);
    root = { lb: Math.max(root.lb, p.lb), short: root.short || p.short, feeders: root.short ? root.feeders : p.feeders };
  }
  return root;
}

function evaluateNode(
  nodes: readonly BoundNode[],
  i: number,
  costOf: (ref: ItemRef) => { cost: number; free: boolean; feeders: readonly number[] } | undefined,
  onNode?: (node: BoundNode, outcome: BoundOutcome) => void,
): NodeOutcome {
  const out = evaluateOwn(nodes, i, costOf, onNode);
  onNode?.(nodes[i]!, out);
  return out;
}

function evaluateOwn(
  nodes: readonly BoundNode[],
  i: number,
  costOf: (ref: ItemRef) => { cost: number; free: boolean; feeders: readonly number[] } | undefined,
  onNode?: (node: BoundNode, outcome: BoundOutcome) => void,
): NodeOutcome {
  const n = nodes[i]!;
  if (n.waived) return { lb: 0, short: false, feeders: NONE };
  const own = n.kind === 'leaf' || n.count > 0 || n.credits > 0 || n.distinct ? evaluateItems(n, costOf) : undefined;
  if (n.kind === 'leaf') return own!;
  const kids = n.children.map((c) => evaluateNode(nodes, c, costOf, onNode));
  let out: NodeOutcome;
  if (n.kind === 'all') {
    const main = kids.filter((_, k) => !nodes[n.children[k]!]!.overlay);
    const overlays = kids.filter((_, k) => nodes[n.children[k]!]!.overlay);
    const sum = main.reduce((s, k) => s + k.lb, 0);
    const lb = Math.max(sum, ...overlays.map((k) => k.lb));
    const short = kids.filter((k) => k.short);
    const pick = short.reduce<NodeOutcome | undefined>((best, k) => (best === undefined || k.feeders.length < best.feeders.length ? k : best), undefined);
    out = { lb, short: short.length > 0, feeders: pick?.feeders ?? NONE };
  } else {
    const need = Math.min(n.need, kids.length);
    const lbs = kids.map((k) => k.lb).sort((a, b) => a - b);
    const lb = need === 0 ? 0 : lbs.slice(0, need).reduce((s, x) => s + x, 0);
    const met = kids.filter((k) => !k.short).length;
    const short = met < need;
    out = { lb, short, feeders: short ? union(kids.filter((k) => k.short).map((k) => k.feeders)) : NONE };
  }
  if (!own) return out;
  return {
    lb: Math.max(out.lb, own.lb),
    short: out.short || own.short,
    feeders: out.short ? out.feeders : own.short ? own.feeders : NONE,
  };
}
