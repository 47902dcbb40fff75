import type { CompiledProgram } from '../audit/compile/CompiledProgram.js';
import type { AppliedAchievement, NodeResult } from '../audit/AuditResult.js';
import type { Issue } from '../issues/Issue.js';
import { safeAuditCompiled } from '../audit/safeAuditCompiled.js';
import { byCodeUnits } from '../_internal/byCodeUnits.js';
import type { CreditAssumption } from './CreditMapEntry.js';
import { routeKey, type FoundRoute } from './foundRoute.js';

/** The id of the one achievement the map's records hold. */
export const HELD = 'held';

/**
 * Audits a record holding just one achievement of `unit`, as `assumed`
 * says, against a compiled program, and sorts what it applied into routes:
 * `direct` (the achievement itself), `recognized` (granted for it),
 * `stacked` (a composite inferred from it alone, applied or recognised).
 * Items past a cap (not counted) are left out. Credits are what the audit
 * counts outside overlays (after leaf caps and caps on recognised credit);
 * requirements include overlays.
 *
 * @internal
 */
export function auditHeld(compiled: CompiledProgram, unit: string, assumed: CreditAssumption, warnings: Issue[]): FoundRoute[] {
  const record = { achievements: [{ id: HELD, unit, earnedOn: assumed.earnedOn, verified: true, ...(assumed.grade && { grade: assumed.grade }) }] };
  const asOf = assumed.asOf ?? (compiled.datesMatter ? assumed.earnedOn : undefined);
  const outcome = safeAuditCompiled(compiled, record, asOf === undefined ? {} : { asOf });
  if (!outcome.success) {
    warnings.push(...outcome.issues.map((i) => ({ ...i, message: `credit map: auditing "${unit}" against "${compiled.program.id}" failed: ${i.message}` })));
    return [];
  }
  const routes = new Map<string, { base: Omit<FoundRoute, 'countsAs' | 'credits' | 'approximate' | 'requirements'>; items: { node: string; overlay: boolean; item: AppliedAchievement }[] }>();
  walk(outcome.data.root, (node, item) => {
    if (!item.counted) return;
    const base = { ...routeOf(item), assumed };
    const key = routeKey(base);
    const entry = routes.get(key) ?? { base, items: [] };
    entry.items.push({ node: node.id, overlay: node.overlay, item });
    routes.set(key, entry);
  });
  // The held achievement and all it stands for are one: outside overlays, at most one route is applied, and it
  // brings what the audit counts in all (after caps), not the items' face value.
  const main = [...routes.values()].filter((r) => r.items.some((i) => !i.overlay));
  const total = outcome.data.totals.credits.applied;
  return [...routes.values()].map(({ base, items }) => ({
    ...base,
    countsAs: [...new Set(items.map((i) => i.item.unit))].sort(byCodeUnits),
    credits: !items.some((i) => !i.overlay) ? 0 : main.length === 1 ? total : round(items.filter((i) => !i.overlay).reduce((sum, i) => sum + i.item.credits, 0)),
    approximate: items.some((i) => i.item.approximate),
    requirements: [...new Set(items.map((i) => i.node))].sort(byCodeUnits),
  }));
}

/** The route an applied item came by. */
function routeOf(item: AppliedAchievement): Pick<FoundRoute, 'route' | 'recognition' | 'composite'> {
  const p = item.provenance;
  if (p.kind === 'recognized') {
    const composite = compositeOfKey(p.from);
    return composite === undefined ? { route: 'recognized', recognition: p.recognition } : { route: 'stacked', composite, recognition: p.recognition };
  }
  if (p.kind === 'inferred') return { route: 'stacked', composite: item.unit };
  return { route: 'direct' };
}

/** `inferred:ID` and `inferred:ID~2` name the composite ID; the held achievement names none. */
function compositeOfKey(key: string): string | undefined {
  if (!key.startsWith('inferred:')) return undefined;
  return key.slice('inferred:'.length).replace(/~\d+$/, '');
}

function walk(node: NodeResult, visit: (node: NodeResult, item: AppliedAchievement) => void): void {
  const stack = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    for (const item of current.applied) visit(current, item);
    stack.push(...current.children);
  }
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
