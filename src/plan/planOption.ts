import type { AuditResult, NodeResult, Provenance } from '../audit/AuditResult.js';
import type { PlanOption, PlannedUnit, PlanTerm } from './PlanResult.js';
import type { PlanCandidate } from './PlanCandidate.js';
import type { ResolvedCalendar, Schedule } from './schedulePlan.js';
import { termStartOf } from './schedulePlan.js';
import { shiftDate } from '../_internal/dates.js';
import { byCodeUnits } from '../_internal/byCodeUnits.js';
import { planRoute } from './planRoute.js';

/**
 * A found plan in the result's words: each unit with its term, cost, and
 * the requirements it fills and the stacks and recognitions it goes through
 * in the audit the plan leads to.
 *
 * @param chosen - the plan's candidates
 * @param achievementOf - the id of the achievement a candidate was audited as
 * @param schedule - its schedule
 * @param audit - the audit with the plan counted
 * @param calendar - the calendar
 * @param objective - what the objective weighs it at
 * @internal
 */
export function planOption(
  chosen: readonly PlanCandidate[],
  achievementOf: (c: PlanCandidate) => string,
  schedule: Schedule,
  audit: AuditResult,
  calendar: ResolvedCalendar,
  objective: number,
): PlanOption {
  const fills = new Map<string, Set<string>>();
  const via = new Map<string, Set<string>>();
  const parts = new Map(audit.inferred.map((c) => [c.id, c]));
  const rootsOf = (key: string, seen = new Set<string>()): string[] => {
    const c = parts.get(key);
    if (!c || seen.has(key)) return [key];
    seen.add(key);
    return c.parts.flatMap((p) => rootsOf(p, seen));
  };
  const mark = (map: Map<string, Set<string>>, key: string, value: string): void => {
    const set = map.get(key) ?? map.set(key, new Set()).get(key)!;
    set.add(value);
  };
  const follow = (p: Provenance, onRoot: (root: string, through: string[]) => void, through: string[] = []): void => {
    if (p.kind === 'recognized') {
      const c = parts.get(p.from);
      for (const root of rootsOf(p.from)) onRoot(root, [...through, ...(c ? [c.unit] : []), p.recognition]);
    } else if (p.kind === 'substituted' || p.kind === 'pinned') follow(p.origin, onRoot, through);
  };
  const walk = (node: NodeResult): void => {
    for (const a of node.applied) {
      if (!a.counted) continue;
      if (a.provenance.kind === 'direct' || a.provenance.kind === 'substituted' || a.provenance.kind === 'pinned') mark(fills, a.achievement, node.id);
      if (a.provenance.kind === 'inferred') for (const root of rootsOf(a.achievement)) {
        mark(fills, root, node.id);
        mark(via, root, a.unit);
      }
      follow(a.provenance, (root, through) => {
        mark(fills, root, node.id);
        for (const t of through) mark(via, root, t);
      });
    }
    node.children.forEach(walk);
  };
  walk(audit.root);
  const byUnit = new Map(chosen.map((c) => [c.unit.id, c]));
  const units: PlannedUnit[] = schedule.placements.map((p) => {
    const c = byUnit.get(p.unit.id)!;
    const id = achievementOf(c);
    return {
      unit: c.unit.id,
      title: c.unit.title,
      ...(c.unit.provider !== undefined && { provider: c.unit.provider }),
      ...(c.unit.offering?.mode !== undefined && { mode: c.unit.offering.mode }),
      term: p.term,
      starts: p.starts,
      ends: p.ends,
      ...(c.costKnown && { cost: c.cost }),
      credits: c.credits,
      fills: [...(fills.get(id) ?? [])].sort(byCodeUnits),
      via: [...(via.get(id) ?? [])],
    };
  });
  const terms: PlanTerm[] = [];
  for (let t = 0; t < schedule.terms; t++) {
    const label = calendar.labels?.[t % calendar.labels.length];
    terms.push({
      index: t,
      ...(label !== undefined && { label }),
      starts: termStartOf(calendar, t),
      ends: shiftDate(termStartOf(calendar, t + 1), 'P1D', -1),
      units: schedule.placements.filter((p) => p.term <= t && t < p.term + p.span).map((p) => p.unit.id).sort(byCodeUnits),
    });
  }
  return {
    units,
    terms,
    totals: {
      cost: chosen.reduce((s, c) => s + c.cost, 0),
      costUnknown: chosen.filter((c) => !c.costKnown).map((c) => c.unit.id).sort(byCodeUnits),
      credits: chosen.reduce((s, c) => s + c.credits, 0),
      count: chosen.length,
      completion: schedule.completion,
      days: schedule.days,
      objective,
    },
    route: planRoute(audit),
    audit,
  };
}
