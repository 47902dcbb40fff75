import type { AuditResult, NodeResult } from '../audit/AuditResult.js';
import { byCodeUnits } from '../_internal/byCodeUnits.js';

/**
 * The requirements an audit leaves unmet at the deepest level: those not
 * satisfied whose children are all satisfied (or which have none), sorted.
 *
 * @internal
 */
export function unmetRequirements(audit: AuditResult): string[] {
  const out: string[] = [];
  const walk = (node: NodeResult): void => {
    if (node.status === 'satisfied' || node.status === 'waived') return;
    const open = node.children.filter((c) => c.status !== 'satisfied' && c.status !== 'waived');
    if (open.length === 0) out.push(node.id);
    open.forEach(walk);
  };
  walk(audit.root);
  if (out.length === 0 && !audit.satisfied) for (const p of audit.policies) if (!p.met) out.push(`policy:${p.policy}`);
  return out.sort(byCodeUnits);
}
