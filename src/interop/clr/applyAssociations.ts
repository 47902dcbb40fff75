import type { Issue } from '../../issues/Issue.js';
import type { Catalog } from '../../catalog/Catalog.js';
import type { UnitKind } from '../../model/unitKind.js';
import { issue } from '../../_internal/issue.js';
import { json, type Path } from '../vc/values.js';
import type { PartsBuilder } from '../ob3/PartsBuilder.js';
import type { Located } from './readClrSubject.js';

/** Stack associations and which end of them is the whole. */
const STACKS: ReadonlyMap<string, 'source' | 'target'> = new Map([
  ['isParentOf', 'source'],
  ['isChildOf', 'target'],
  ['isPartOf', 'target'],
]);

interface Edge {
  readonly parent: string;
  readonly child: string;
  readonly path: Path;
}

/** What associations are applied to. @internal */
export interface AssociationContext {
  readonly parts?: PartsBuilder;
  readonly catalog?: Catalog;
  readonly warnings: Issue[];
}

/**
 * Applies a CLR's associations. `isParentOf`, `isChildOf` and `isPartOf`
 * are stacks: with catalog parts, the whole's unit gets its parts as
 * `requirements: { all: [...] }`. An achievement a stack names but the CLR
 * does not describe gets a placeholder unit (with an `assumed` warning), so
 * the requirement keeps every part it states and is not made easier; an
 * association that would close a loop is left out (`cycle`). Every other
 * association type is named in an `unmapped` warning; all of them stay in
 * the CLR kept in `extensions.clr`.
 *
 * @internal
 */
export function applyAssociations(associations: readonly Located[], ctx: AssociationContext): void {
  const edges: Edge[] = [];
  for (const { value, path } of associations) {
    const type = json.text(json.get(value, 'associationType'));
    const source = json.text(json.get(value, 'sourceId'));
    const target = json.text(json.get(value, 'targetId'));
    if (type === undefined || source === undefined || target === undefined) {
      ctx.warnings.push(issue('invalid_value', path, 'an association needs associationType, sourceId and targetId (text); ignored'));
      continue;
    }
    const whole = STACKS.get(type);
    if (whole === undefined) {
      ctx.warnings.push(issue('unmapped', [...path, 'associationType'], `association ${type} (${source} → ${target}) has no place in credstack's catalog; it is kept in extensions.clr`));
    } else if (ctx.parts) {
      edges.push(whole === 'source' ? { parent: source, child: target, path } : { parent: target, child: source, path });
    }
  }
  if (ctx.parts) for (const edge of edges) addEdge(edge, edges, ctx.parts, ctx);
}

function addEdge(edge: Edge, edges: readonly Edge[], parts: PartsBuilder, ctx: AssociationContext): void {
  const parent = resolve(edge.parent, parts, ctx.catalog);
  if (parent?.inCatalog) {
    ctx.warnings.push(issue('unmapped', edge.path, `the whole, "${edge.parent}", is catalog unit "${parent.id}", whose requirements are the catalog's; this part of it is not added`));
    return;
  }
  const parentId = parent?.id ?? placeholder(edge.parent, 'certificate', edge.path, parts, ctx.warnings);
  const child = resolve(edge.child, parts, ctx.catalog)?.id ?? placeholder(edge.child, siblingKind(edge, edges, parts, ctx.catalog), edge.path, parts, ctx.warnings);
  if (!parts.addPart(parentId, child)) {
    ctx.warnings.push(issue('cycle', edge.path, `making "${edge.child}" a part of "${edge.parent}" would close a loop of parts; left out`, { cycle: [edge.parent, edge.child] }));
  }
}

function resolve(achievementId: string, parts: PartsBuilder, catalog: Catalog | undefined): { id: string; inCatalog: boolean } | undefined {
  const own = parts.unitFor(achievementId);
  if (own !== undefined) return { id: own, inCatalog: false };
  const unit = catalog && (catalog.unitByExternalId('ob3', achievementId) ?? catalog.unit(achievementId));
  return unit ? { id: unit.id, inCatalog: true } : undefined;
}

/** The most common kind among the parts of the same whole the CLR describes; a badge when none is known. */
function siblingKind(edge: Edge, edges: readonly Edge[], parts: PartsBuilder, catalog: Catalog | undefined): UnitKind {
  const counts = new Map<UnitKind, number>();
  for (const e of edges) {
    if (e.parent !== edge.parent) continue;
    const id = resolve(e.child, parts, catalog)?.id;
    const kind = id === undefined ? undefined : (parts.unit(id) ?? catalog?.unit(id))?.kind;
    if (kind !== undefined) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  let best: UnitKind = 'badge';
  let most = 0;
  for (const [kind, n] of counts) if (n > most) [best, most] = [kind, n];
  return best;
}

function placeholder(achievementId: string, kind: UnitKind, path: Path, parts: PartsBuilder, warnings: Issue[]): string {
  const id = parts.addPlaceholder(achievementId, kind);
  warnings.push(issue('assumed', path, `the association names achievement "${achievementId}", which this CLR does not describe; unit "${id}" (a ${kind}, titled by its id) stands for it so that the stack keeps every part it states`));
  return id;
}
