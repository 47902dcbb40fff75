import type { CatalogGraph } from './buildGraph.js';
import { hasCycle } from 'graphology-dag';
import { MultiDirectedGraph } from 'graphology';

/**
 * Finds one cycle among part-of and prerequisite-of edges, as the unit ids
 * along it with the first repeated at the end (`['A', 'B', 'A']`), or
 * `undefined` when there is none. graphology-dag answers whether there is a
 * cycle; an iterative depth-first search then names it.
 *
 * @internal
 */
export function findCycle(graph: CatalogGraph): string[] | undefined {
  const deps = new MultiDirectedGraph({ allowSelfLoops: true });
  graph.forEachNode((key) => deps.addNode(key));
  graph.forEachEdge((_edge, data, source, target) => {
    if (data.kind === 'part-of' || data.kind === 'prerequisite-of') deps.addEdge(source, target);
  });
  if (!hasCycle(deps)) return undefined;
  return searchCycle(deps, (key) => graph.getNodeAttribute(key, 'id'));
}

function searchCycle(deps: MultiDirectedGraph, idOf: (key: string) => string): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  for (const start of deps.nodes()) {
    if (state.has(start)) continue;
    const path: string[] = [];
    const iterators: Iterator<string>[] = [];
    const enter = (key: string): void => {
      state.set(key, 'open');
      path.push(key);
      iterators.push(deps.outNeighbors(key)[Symbol.iterator]());
    };
    enter(start);
    while (iterators.length > 0) {
      const next = iterators[iterators.length - 1]!.next();
      if (next.done) {
        state.set(path.pop()!, 'done');
        iterators.pop();
        continue;
      }
      const seen = state.get(next.value);
      if (seen === 'open') return [...path.slice(path.indexOf(next.value)), next.value].map(idOf);
      if (seen === undefined) enter(next.value);
    }
  }
  return undefined;
}
