import { MultiDirectedGraph } from 'graphology';
import type { CatalogDocument } from '../model/catalogDocument.js';
import type { CatalogIndex } from './CatalogIndex.js';
import type { CatalogRelationKind } from './CatalogRelation.js';
import { unitReferences } from './unitReferences.js';
import { compileFilter } from '../rules/compileFilter.js';

/** Edge attributes of the catalog graph. @internal */
export interface EdgeData {
  readonly kind: CatalogRelationKind;
  readonly via?: string;
}

/** Node attributes: the unit id (keys are prefixed so ids like `__proto__` are safe). @internal */
export interface NodeData {
  readonly id: string;
}

/** The catalog graph type. @internal */
export type CatalogGraph = MultiDirectedGraph<NodeData, EdgeData>;

/** The graph key of a unit id. @internal */
export const nodeKey = (id: string): string => `u:${id}`;

/**
 * Builds the graph of part-of, prerequisite-of and recognised-as relations
 * between the units of a catalog. References to unknown units are skipped
 * (they are reported by validation).
 *
 * @internal
 */
export function buildGraph(doc: CatalogDocument, index: CatalogIndex): CatalogGraph {
  const graph: CatalogGraph = new MultiDirectedGraph<NodeData, EdgeData>({ allowSelfLoops: true });
  for (const id of index.units.keys()) graph.addNode(nodeKey(id), { id });
  const link = (from: string, to: string, data: EdgeData): void => {
    if (index.units.has(from) && index.units.has(to)) graph.addEdge(nodeKey(from), nodeKey(to), data);
  };
  for (const unit of index.units.values()) {
    for (const part of unitReferences(unit.requirements)) link(part, unit.id, { kind: 'part-of' });
    for (const pre of unitReferences(unit.prerequisites)) link(pre, unit.id, { kind: 'prerequisite-of' });
  }
  for (const rec of doc.recognitions ?? []) {
    const from = compileFilter(rec.from);
    const sources = [...index.units.values()].filter(from);
    for (const source of sources) for (const target of rec.grants.units ?? []) link(source.id, target, { kind: 'recognised-as', via: rec.id });
  }
  return graph;
}
