import type { AuditResult, NodeResult } from '../audit/AuditResult.js';
import type { BoundModel, BoundNode } from './boundModel.js';
import { IN, OPEN } from './evaluateBound.js';

/**
 * The open candidates most likely to repair a set that falls short for a
 * reason the bound does not see (one achievement wanted by two leaves, a
 * cap, a distinct-subject rule): those that feed a requirement the audit
 * leaves unmet (a leaf under no met node), then those that would free a
 * planned unit an unmet leaf could take: those feeding the leaf the audit
 * applied it at, or the other alternatives of the nearest `any` or `atLeast` above
 * that leaf. Lighter first within each group (by `rankOf`). Only an order for the
 * search to try: it branches on each in turn, so the search stays exact.
 *
 * @internal
 */
export function shortfallCandidates(audit: AuditResult, model: BoundModel, state: Uint8Array, rankOf: Int32Array, candidateOf: (achievement: string) => number | undefined): number[] {
  const program = model.trees[model.trees.length - 1]!;
  const indexOf = new Map(program.map((node, i) => [node.id, i] as const));
  const unmet: BoundNode[] = [];
  // Where the audit applied each planned unit.
  const appliedAt = new Map<number, string[]>();
  const record = (node: NodeResult): void => {
    for (const a of node.applied) {
      const c = candidateOf(a.achievement);
      if (c === undefined) continue;
      const at = appliedAt.get(c);
      if (at) at.push(node.id);
      else appliedAt.set(c, [node.id]);
    }
    node.children.forEach(record);
  };
  record(audit.root);
  const walk = (node: NodeResult): void => {
    if (node.status === 'satisfied' || node.status === 'waived') return;
    if (node.children.length === 0) {
      const i = indexOf.get(node.id);
      if (i !== undefined) unmet.push(program[i]!);
      return;
    }
    node.children.forEach(walk);
  };
  walk(audit.root);
  const direct = new Set<number>();
  const planned = new Set<number>();
  for (const leaf of unmet) {
    for (const item of leaf.items) {
      if (item.ref.t !== 'candidate') continue;
      if (state[item.ref.i] === OPEN) direct.add(item.ref.i);
      else if (state[item.ref.i] === IN) planned.add(item.ref.i);
    }
  }
  const freeing = new Set<number>();
  if (planned.size > 0) {
    const parent = new Int32Array(program.length).fill(-1);
    program.forEach((node, i) => node.children.forEach((c) => (parent[c] = i)));
    const feed = (i: number): void => {
      const node = program[i]!;
      if (node.kind !== 'leaf') return node.children.forEach(feed);
      for (const item of node.items) if (item.ref.t === 'candidate' && state[item.ref.i] === OPEN && !direct.has(item.ref.i)) freeing.add(item.ref.i);
    };
    const holding = new Set<number>();
    for (const c of planned) for (const id of appliedAt.get(c) ?? []) if (indexOf.has(id)) holding.add(indexOf.get(id)!);
    holding.forEach((i) => {
      // The leaf holding the unit, or (under an `any` or `atLeast`) another way to meet what it meets.
      let top = i;
      for (let up = parent[i]!; up >= 0; up = parent[up]!) {
        if (program[up]!.kind === 'any' || program[up]!.kind === 'atLeast') {
          top = up;
          break;
        }
      }
      feed(top);
    });
  }
  const byRank = (a: number, b: number): number => rankOf[a]! - rankOf[b]!;
  return [...[...direct].sort(byRank), ...[...freeing].sort(byRank)];
}
