import type { CatalogIndex } from './CatalogIndex.js';
import { unitReferences } from './unitReferences.js';

/**
 * Finds one cycle among part-of and prerequisite-of relations, as the unit
 * ids along it with the first repeated at the end (`['A', 'B', 'A']`), or
 * `undefined` when there is none. An iterative depth-first search, from the
 * units in document order, following each unit to the units it is a part or
 * a prerequisite of, in the order `buildGraph` adds those edges.
 *
 * Works on plain maps rather than on the catalog graph, so that validating
 * a catalog does not need the graph (the catalog builds it when first asked
 * about relations).
 *
 * @internal
 */
export function findCycle(index: CatalogIndex): string[] | undefined {
  const next = new Map<string, Set<string>>();
  for (const id of index.units.keys()) next.set(id, new Set());
  const link = (from: string, to: string): void => {
    if (index.units.has(to)) next.get(from)?.add(to);
  };
  for (const unit of index.units.values()) {
    for (const part of unitReferences(unit.requirements)) link(part, unit.id);
    for (const pre of unitReferences(unit.prerequisites)) link(pre, unit.id);
  }
  return searchCycle(next);
}

function searchCycle(next: ReadonlyMap<string, ReadonlySet<string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  for (const start of next.keys()) {
    if (state.has(start)) continue;
    const path: string[] = [];
    const iterators: Iterator<string>[] = [];
    const enter = (id: string): void => {
      state.set(id, 'open');
      path.push(id);
      iterators.push((next.get(id) ?? new Set<string>())[Symbol.iterator]());
    };
    enter(start);
    while (iterators.length > 0) {
      const step = iterators[iterators.length - 1]!.next();
      if (step.done) {
        state.set(path.pop()!, 'done');
        iterators.pop();
        continue;
      }
      const seen = state.get(step.value);
      if (seen === 'open') return [...path.slice(path.indexOf(step.value)), step.value];
      if (seen === undefined) enter(step.value);
    }
  }
  return undefined;
}
