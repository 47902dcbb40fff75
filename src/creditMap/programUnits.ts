import type { CompiledProgram } from '../audit/compile/CompiledProgram.js';
import type { CompiledNode, CompiledTree } from '../audit/compile/CompiledTree.js';
import type { Recognition } from '../model/recognition.js';
import type { Unit } from '../model/unit.js';
import { relevantUnits } from '../audit/compile/relevantUnits.js';
import { compileFilter } from '../rules/compileFilter.js';
import { byCodeUnits } from '../_internal/byCodeUnits.js';

/** Where a unit is a part: a composite's tree and the leaves of it that take the unit. @internal */
export interface PartPlace {
  readonly tree: CompiledTree;
  readonly leaves: readonly CompiledNode[];
}

/**
 * The units that could count toward a compiled program (the program itself
 * left out), and what the map needs to know of each: the program's leaves
 * and limits that take it, the recognitions whose `from` picks it, and the
 * composites (of those that may stack toward the program) it is a part of.
 *
 * @internal
 */
export interface ProgramUnits {
  readonly units: readonly Unit[];
  readonly composites: ReadonlyMap<string, CompiledTree>;
  /** Indices of the program's leaves that take the unit. */
  readonly leaves: ReadonlyMap<string, readonly number[]>;
  /** For each node with `limits`, which of its limits' filters pick the unit, as `node:limit` keys. */
  readonly limits: ReadonlyMap<string, readonly string[]>;
  readonly recognitions: ReadonlyMap<string, readonly Recognition[]>;
  readonly partOf: ReadonlyMap<string, readonly PartPlace[]>;
}

/**
 * Finds the units that could count toward a program (see
 * {@link ProgramUnits}), in id order.
 *
 * @internal
 */
export function programUnits(compiled: CompiledProgram): ProgramUnits {
  const { catalog } = compiled;
  const composites = new Map(compiled.composites.map((t) => [t.unit.id, t]));
  const ids = relevantUnits(catalog, compiled.tree, compiled.recognitions, (id) => composites.get(id));
  ids.delete(compiled.program.id);
  const units = [...ids].sort(byCodeUnits).map((id) => catalog.unit(id)).filter((u): u is Unit => u !== undefined);
  const leaves = new Map<string, number[]>();
  const limits = new Map<string, string[]>();
  for (const node of compiled.tree.nodes) {
    const takes = leafTest(node);
    node.limits?.forEach((limit, i) => {
      for (const unit of units) if (limit.match(unit)) push(limits, unit.id, `${node.index}:${i}`);
    });
    if (takes) for (const unit of units) if (takes(unit)) push(leaves, unit.id, node.index);
  }
  const recognitions = new Map<string, Recognition[]>();
  for (const rec of compiled.recognitions) {
    const from = compileFilter(rec.from);
    for (const unit of units) if (from(unit)) push(recognitions, unit.id, rec);
  }
  const partOf = new Map<string, PartPlace[]>();
  for (const tree of composites.values()) {
    const found = new Map<string, CompiledNode[]>();
    for (const node of tree.nodes) {
      const takes = leafTest(node);
      if (takes) for (const unit of units) if (takes(unit)) push(found, unit.id, node);
    }
    for (const [id, nodes] of found) push(partOf, id, { tree, leaves: nodes });
  }
  return { units, composites, leaves, limits, recognitions, partOf };
}

/** What a leaf takes; none for inner nodes. */
function leafTest(node: CompiledNode): ((unit: Unit) => boolean) | undefined {
  if (node.kind === 'unit') return (unit) => unit.id === node.unit;
  if (node.kind === 'select' && node.match) return node.match;
  return undefined;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
