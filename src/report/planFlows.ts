import type { NodeResult } from '../audit/AuditResult.js';
import type { Catalog } from '../catalog/Catalog.js';
import type { PlanOption } from '../plan/PlanResult.js';
import { byCodeUnits } from '../_internal/byCodeUnits.js';
import type { PictureBuilder } from './PictureBuilder.js';
import { PLAIN_STYLE as PLAIN } from './ReportStyle.js';

/**
 * What {@link planFlows} draws from: the builder, the plan, the generated
 * ids of its units (in the plan's order), the node of a requirement by id,
 * and the catalog, if given.
 *
 * @category Reports
 */
export interface PlanFlowsInput {
  readonly builder: PictureBuilder;
  readonly option: PlanOption;
  readonly units: readonly string[];
  readonly requirement: (id: string) => string;
  readonly catalog?: Catalog;
}

/**
 * Draws where each unit of a plan goes: through the composite credentials
 * it stacks into (earned on the way, by the day its last planned part ends)
 * and the recognitions that carry it, in order, to the requirements it
 * fills (`fills`, or `fills directly`); and, with a catalog, a thick
 * `prerequisite` edge into each unit from the planned unit or credential
 * its prerequisites name. A `via` id is a credential when the plan's audit
 * inferred it or the catalog gives it requirements, a recognition when the
 * audit applied it or the catalog knows it.
 *
 * @param input - see {@link PlanFlowsInput}
 *
 * @example
 * ```ts
 * planFlows({ builder, option: result.best!, units, requirement });
 * // SC0x -> credential mitx-scm-micromasters -> recognition mit-scmb-pathway -> online-semester
 * ```
 *
 * @category Reports
 */
export function planFlows(input: PlanFlowsInput): void {
  const { builder, option, units, requirement } = input;
  const viaNode = viaNodes(input);
  option.units.forEach((unit, k) => {
    let from = units[k]!;
    for (const id of unit.via) {
      const [to, into] = viaNode(id);
      builder.edge(from, to, [into]);
      from = to;
    }
    for (const id of unit.fills) builder.edge(from, requirement(id), [unit.via.length === 0 ? 'fills directly' : 'fills']);
  });
  const catalog = input.catalog;
  if (catalog === undefined) return;
  option.units.forEach((unit, k) => {
    for (const p of [...catalog.prerequisitesOf(unit.unit)].sort(byCodeUnits)) {
      const sources = option.units.flatMap((u, j) => (u.unit === p && j !== k ? [units[j]!] : []));
      const credential = builder.idOf(`credential\u0000${p}`);
      for (const source of credential === undefined ? sources : [...sources, credential]) builder.edge(source, units[k]!, ['prerequisite'], 'thick');
    }
  });
}

/** The node of a `via` id, and the words of an edge into it. */
function viaNodes(input: PlanFlowsInput): (id: string) => readonly [string, string] {
  const { builder, option, catalog } = input;
  const inferred = new Set(option.audit.inferred.map((c) => c.unit));
  const recognitions = new Set<string>();
  const visit = (node: NodeResult): void => {
    for (const a of node.applied) if (a.provenance.kind === 'recognized') recognitions.add(a.provenance.recognition);
    node.children.forEach(visit);
  };
  visit(option.audit.root);
  return (id) => {
    if (inferred.has(id) || catalog?.unit(id)?.requirements !== undefined) {
      const ends = option.units.filter((u) => u.via.includes(id)).map((u) => u.ends);
      const lines = [`earns ${PLAIN.id(id)}`, `by ${ends.reduce((a, b) => (b > a ? b : a), '')}`];
      return [builder.node(`credential\u0000${id}`, { lines, look: 'credential', shape: 'round' }), 'stacks into'];
    }
    const known = recognitions.has(id) || catalog?.recognition(id) !== undefined;
    return [builder.node(`route\u0000${id}`, { lines: [`${known ? 'recognition' : 'via'} ${PLAIN.id(id)}`], look: 'route', shape: 'round' }), 'recognised via'];
  };
}
