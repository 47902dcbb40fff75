import type { AuditResult, NodeResult, Provenance } from '../audit/AuditResult.js';
import { byCodeUnits } from '../_internal/byCodeUnits.js';

/**
 * The route an audit went by: the composites stacked and the recognitions
 * used for what counts in it, as sorted ids (composites by unit id,
 * recognitions by recognition id).
 *
 * @internal
 */
export function planRoute(audit: AuditResult): string[] {
  const out = new Set<string>();
  const inferred = new Map(audit.inferred.map((c) => [c.id, c.unit]));
  const walk = (node: NodeResult): void => {
    for (const a of node.applied) if (a.counted) add(a.unit, a.provenance);
    node.children.forEach(walk);
  };
  const add = (unit: string, p: Provenance): void => {
    if (p.kind === 'inferred') out.add(unit);
    else if (p.kind === 'recognized') {
      out.add(p.recognition);
      const source = inferred.get(p.from);
      if (source !== undefined) out.add(source);
    } else if (p.kind === 'substituted' || p.kind === 'pinned') add(unit, p.origin);
  };
  walk(audit.root);
  return [...out].sort(byCodeUnits);
}
