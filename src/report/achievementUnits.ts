import type { AuditResult, NodeResult, Provenance } from '../audit/AuditResult.js';

/**
 * The unit of each record achievement an audit's result names: those
 * applied as they are (or pinned or substituted) and those not used.
 *
 * @param result - the audit's result
 * @returns the units by achievement id
 *
 * @example
 * ```ts
 * achievementUnits(result).get('a-e110'); // 'hes-mgmt-e110'
 * ```
 *
 * @category Reports
 */
export function achievementUnits(result: AuditResult): Map<string, string> {
  const units = new Map<string, string>();
  const visit = (node: NodeResult): void => {
    for (const a of node.applied) if (isDirect(a.provenance)) units.set(a.achievement, a.unit);
    node.children.forEach(visit);
  };
  visit(result.root);
  for (const u of result.unused) if (u.unit !== undefined && !units.has(u.achievement)) units.set(u.achievement, u.unit);
  return units;
}

function isDirect(provenance: Provenance): boolean {
  return provenance.kind === 'pinned' || provenance.kind === 'substituted' ? isDirect(provenance.origin) : provenance.kind === 'direct';
}
