import type { CompiledProgram } from '../audit/compile/CompiledProgram.js';
import type { AuditResult } from '../audit/AuditResult.js';
import type { AuditOptions } from '../audit/AuditOptions.js';
import { readRecord } from '../record/readRecord.js';
import { catalogTextReader } from '../catalog/catalogTextReader.js';
import type { Achievement, AchievementInput } from '../model/achievement.js';
import type { LearnerRecord } from '../model/recordDocument.js';
import type { Unit } from '../model/unit.js';
import type { Credits } from '../model/credits.js';
import type { SafeResult } from '../issues/Result.js';
import { safeAuditCompiled } from '../audit/safeAuditCompiled.js';
import { dayNumber } from '../_internal/dates.js';
import { byCodeUnits } from '../_internal/byCodeUnits.js';
import type { PlanOptions } from './PlanOptions.js';
import type { PlanNote, PlanOption, PlanResult } from './PlanResult.js';
import { planWeights, type PlanWeights } from './PlanWeights.js';
import { planCandidates } from './planCandidates.js';
import { boundModel } from './boundModel.js';
import { searchPlan, type PlanSearch, type SetCheck } from './searchPlan.js';
import { schedulePlan, type ResolvedCalendar } from './schedulePlan.js';
import { prerequisitesMet } from './prerequisitesMet.js';
import { prerequisiteUnits } from './planCandidates.js';
import { prerequisiteParts } from './prerequisiteParts.js';
import { plannedAchievement } from './plannedAchievement.js';
import { planOption } from './planOption.js';
import { unmetRequirements } from './unmetRequirements.js';
import { unreachableRequirements } from './unreachableRequirements.js';
import { auditRecord } from '../audit/pipeline/auditRecord.js';
import { withoutSpare } from './withoutSpare.js';
import { shortfallCandidates } from './shortfallCandidates.js';
import { feedIndex } from './feedIndex.js';
import { staleAchievements } from './staleAchievements.js';
import { foundPlan, type Found } from './foundPlan.js';

/** Search nodes one plan may visit in all, unless the caller says otherwise. */
const DEFAULT_STEP_BUDGET = 20_000;
/** The most units a set may have for the search to audit it only to learn whether anything can still complete the program. */
const FEASIBILITY_AUDIT_MAX = 64;
/** Steps each audit a plan runs may take. */
const AUDIT_STEP_BUDGET = 200_000;
/** Steps of an audit run only to guide the search (see `shortfallCandidates`): its best allocation found is enough. */
const GUIDE_STEP_BUDGET = 20_000;
/** An audit's search steps that count as one step of the plan's budget. */
const AUDIT_STEPS_PER_STEP = 10;
/** Reasons that say an achievement does not count at all, so its unit is not held. */
const NOT_HELD = new Set(['excluded', 'in_progress', 'planned', 'failed', 'withdrawn', 'grade_not_passing', 'earned_after_as_of', 'expired', 'unknown_unit']);

/**
 * Plans with options already checked: see {@link plan}.
 *
 * @param given - the audit of the record with the plan's `asOf`, `include` and `exceptions`, when the caller has it already (a ranking does)
 * @internal
 */
export function runPlan(compiled: CompiledProgram, input: unknown, options: PlanOptions, start: string, given?: SafeResult<AuditResult>): SafeResult<PlanResult> {
  const include = new Set(options.include ?? []);
  const auditOptions: AuditOptions = {
    ...(options.asOf !== undefined && { asOf: options.asOf }),
    ...(options.include && { include: options.include }),
    ...(options.exceptions && { exceptions: options.exceptions }),
  };
  const baseline = given ?? safeAuditCompiled(compiled, input, auditOptions);
  if (!baseline.success) return baseline;
  const parsed = readRecord(catalogTextReader(compiled.catalog), input, { catalog: compiled.catalog });
  if (!parsed.success) return { success: false, issues: parsed.issues.map((i) => ({ ...i, path: ['record', ...i.path] })) };
  const record = parsed.data;
  const warnings = baseline.warnings;
  const exceptions = [...(record.exceptions ?? []), ...(options.exceptions ?? [])];
  const { catalog } = compiled;
  const notes: PlanNote[] = [];
  const notHeld = new Set(baseline.data.unused.filter((u) => u.reasons.some((r) => NOT_HELD.has(r.code))).map((u) => u.achievement));
  // Achievements too old to count beside anything planned: not held, and left out of the planned audits.
  const stale = staleAchievements(compiled.program, record.achievements, options.asOf ?? start);
  for (const a of stale) {
    notHeld.add(a.id);
    notes.push({ code: 'past_time_limit', ...(a.unit !== undefined && { unit: a.unit }), message: `${a.id} (earned ${a.earnedOn!}) cannot count beside units planned from ${options.asOf ?? start} under the program's time limit of ${compiled.program.policies!.timeLimit!}: the plan leaves it out, and may take its unit again` });
  }
  const held: { unit: Unit; credits?: Credits; issuer?: string }[] = [];
  for (const a of record.achievements) {
    const unit = a.unit !== undefined ? catalog.unit(a.unit) : a.externalId ? catalog.unitByExternalId(a.externalId.scheme, a.externalId.id) : undefined;
    if (unit && !notHeld.has(a.id)) held.push({ unit, ...(a.credits && { credits: a.credits }), ...(a.issuer !== undefined && { issuer: a.issuer }) });
  }
  const heldIds = new Set(held.map((h) => h.unit.id));
  const weights = planWeights(options.objective);
  const calendar: ResolvedCalendar = {
    start,
    termLength: options.calendar?.termLength ?? 'P4M',
    ...(options.calendar?.labels && { labels: options.calendar.labels }),
    perTerm: options.calendar?.perTerm ?? 4,
  };
  const settings = {
    held: heldIds,
    start,
    termLength: calendar.termLength,
    currency: options.currency,
    rates: options.rates ?? {},
    weights,
    avoid: { units: new Set(options.avoid?.units), providers: new Set(options.avoid?.providers), modes: new Set<string>(options.avoid?.modes) },
    prefer: { providers: new Set(options.prefer?.providers), modes: new Set<string>(options.prefer?.modes) },
  };
  const index = feedIndex(compiled);
  const { candidates, currency } = planCandidates(compiled, settings, notes, index);
  const gone = new Set(stale.map((a) => a.id));
  const base = record.achievements.filter((a) => (a.status !== 'planned' || include.has('planned')) && !gone.has(a.id));
  const taken = new Set(record.achievements.map((a) => a.id));
  const achievementIds = candidates.map((c) => {
    let id = `plan:${c.unit.id}`;
    while (taken.has(id)) id = `${id}'`;
    return id;
  });
  const candidateByAchievement = new Map(achievementIds.map((id, i) => [id, i] as const));
  // The record with every candidate planned, parsed once and only when a set is first audited; each set audits a selection of it.
  let prepared: { record: LearnerRecord; base: readonly Achievement[]; planned: readonly Achievement[] } | undefined;
  const plannedRecord = (): NonNullable<typeof prepared> => {
    if (prepared) return prepared;
    const planned = candidates.map((c, i) => plannedAchievement(achievementIds[i]!, c.unit, compiled, options.asOf ?? start, index));
    const everything = readRecord(catalogTextReader(catalog), { ...record, achievements: [...base, ...planned] as AchievementInput[] }, { catalog });
    if (!everything.success) throw new RangeError(`a planned record failed to parse: ${everything.issues[0]?.message ?? ''}`);
    prepared = { record: everything.data, base: everything.data.achievements.slice(0, base.length), planned: everything.data.achievements.slice(base.length) };
    return prepared;
  };
  const settingsOfAudits = { asOf: options.asOf, include: new Set<string>([...include, 'planned']), exceptions, stepBudget: AUDIT_STEP_BUDGET };
  let auditsExact = baseline.data.optimal;
  const audits = new Map<string, AuditResult>();
  /**
   * The audit of the record with a set's units planned; `satisfy`: only
   * whether the program is met (see `AuditContext.satisfyOnly`); `guide`: a
   * full audit on a small budget; `probe`: `satisfy` on a small budget.
   */
  const auditSet = (set: readonly number[], mode: 'full' | 'satisfy' | 'guide' | 'probe' = 'full'): AuditResult => {
    const key = `${mode}:${set.join(',')}`;
    const known = audits.get(key) ?? (mode !== 'full' ? audits.get(`full:${set.join(',')}`) : undefined);
    if (known) return known;
    const budget = mode === 'guide' || mode === 'probe' ? GUIDE_STEP_BUDGET : AUDIT_STEP_BUDGET;
    const all = plannedRecord();
    const result = auditRecord(compiled, { ...all.record, achievements: [...all.base, ...set.map((i) => all.planned[i]!)] }, { ...settingsOfAudits, stepBudget: budget, ...((mode === 'satisfy' || mode === 'probe') && { satisfyOnly: true }) });
    // A guide only orders the search, and a probe only cuts it short when it proves something: their audits need not be exact.
    if (!result.optimal && mode !== 'guide' && mode !== 'probe') auditsExact = false;
    // The audits' own searches count against the plan's budget too.
    const charge = Math.floor(result.steps / AUDIT_STEPS_PER_STEP);
    steps.remaining -= charge;
    steps.used += charge;
    audits.set(key, result);
    return result;
  };
  const latestDays = options.latest !== undefined ? dayNumber(options.latest) - dayNumber(start) : undefined;
  const model = boundModel(compiled, held, candidates, exceptions, index);
  const steps = { remaining: options.stepBudget ?? DEFAULT_STEP_BUDGET, used: 0 };

  const solve = (w: PlanWeights, limits: { latestDays?: number; accept?: (f: Found) => boolean }) => {
    const weighed = candidates.map((c) => ({ ...c, weight: w.cost * c.cost + w.credits * c.credits + w.count }));
    const check = (set: readonly number[]): SetCheck<Found> => {
      const chosen = set.map((i) => candidates[i]!);
      const cost = chosen.reduce((s, c) => s + c.cost, 0);
      if (options.budget !== undefined && cost > options.budget + 1e-9) return { complete: false, dead: true };
      // Whether the set meets the program is settled by an audit that stops at the first allocation meeting it.
      const witness = auditSet(set, 'satisfy');
      if (!witness.satisfied) return { complete: false };
      // Stacking comes before the allocation: the witness has what the full audit would stack.
      const stacked = new Set(witness.inferred.map((c) => c.unit));
      const has = (id: string): boolean => heldIds.has(id) || stacked.has(id) || chosen.some((c) => c.unit.id === id);
      const unmet = chosen.filter((c) => c.unit.prerequisites && !prerequisitesMet(c.unit.prerequisites, has, catalog.units));
      if (unmet.length > 0) {
        const named = prerequisiteParts(unmet.flatMap((c) => prerequisiteUnits(c.unit.prerequisites!, catalog.units)), catalog);
        return { complete: false, prerequisites: candidates.filter((c) => named.has(c.unit.id)).map((c) => c.index) };
      }
      const schedule = schedulePlan(chosen.map((c) => c.unit), calendar, catalog);
      if (!schedule) return { complete: false, dead: true };
      const limit = limits.latestDays ?? latestDays;
      if (limit !== undefined && schedule.days > limit) return { complete: false, dead: true };
      const objective = set.reduce((s, i) => s + weighed[i]!.weight, 0) + w.time * schedule.days;
      return { complete: true, value: { objective, days: schedule.days, cost, data: foundPlan(set, schedule, witness, auditSet) } };
    };
    const search: PlanSearch<Found> = {
      candidates: weighed,
      model,
      check,
      // Auditing every open candidate at once is worth it only while they are few.
      feasible: (set) => set.length > FEASIBILITY_AUDIT_MAX || auditSet(set, 'satisfy').satisfied,
      guide: (set, state, rankOf) => shortfallCandidates(auditSet(set, 'guide'), model, state, rankOf, (id) => candidateByAchievement.get(id)),
      timeWeight: w.time,
      ...((limits.latestDays ?? latestDays) !== undefined && { latestDays: (limits.latestDays ?? latestDays)! }),
      ...(options.budget !== undefined && { budget: options.budget }),
      ...(limits.accept && { accept: limits.accept }),
      steps,
    };
    const found = searchPlan(search);
    return found && withoutSpare(found, search);
  };
  const toOption = (found: Found, w: PlanWeights): PlanOption => {
    const chosen = found.set.map((i) => candidates[i]!);
    const objective = chosen.reduce((s, c) => s + w.cost * c.cost + w.credits * c.credits + w.count, 0) + w.time * found.schedule.days;
    return planOption(chosen, (c) => achievementIds[c.index]!, found.schedule, found.audit, calendar, objective);
  };
  for (const c of candidates) if (!c.costKnown) notes.push({ code: 'unknown_cost', unit: c.unit.id, message: `the catalog gives no cost for ${c.unit.id}: plans that take it count it as free` });

  const done = (w: typeof warnings, result: PlanResult): SafeResult<PlanResult> => ({ success: true, data: result, warnings: w });
  const head = {
    program: { id: compiled.program.id, title: compiled.program.title },
    ...(options.asOf !== undefined && { asOf: options.asOf }),
    start,
    ...(currency !== undefined && { currency }),
    candidates: candidates.length,
  };
  if (baseline.data.satisfied) {
    const empty = schedulePlan([], calendar, catalog)!;
    const best = planOption([], () => '', empty, baseline.data, calendar, 0);
    return done(warnings, { ...head, status: 'complete', best, alternatives: [], front: [best], unmet: [], optimal: auditsExact, steps: 0, notes });
  }
  const unreachable = model.sound ? unreachableRequirements(model, candidates.length) : [];
  if (unreachable.length > 0) {
    return done(warnings, { ...head, status: 'infeasible', alternatives: [], front: [], unmet: unreachable, optimal: auditsExact, steps: 0, notes });
  }
  // Every candidate at once, on a small budget: when even that is proven not to meet the program, no set does.
  const everything = candidates.map((c) => c.index);
  const whole = auditSet(everything, 'probe');
  if (!whole.satisfied && whole.optimal) {
    // What stays unmet: the best allocation a small audit finds is enough to name it.
    const exact = auditsExact;
    return done(warnings, { ...head, status: 'infeasible', alternatives: [], front: [], unmet: unmetRequirements(auditSet(everything, 'guide')), optimal: exact, steps: steps.used, notes });
  }
  const best = solve(weights, {});
  if (!best) {
    const status = steps.remaining <= 0 ? 'unknown' : 'infeasible';
    // What stays unmet with every candidate counted: one (large) audit, only now.
    const unmet = status === 'infeasible' ? unmetRequirements(auditSet(candidates.map((c) => c.index))) : [];
    return done(warnings, { ...head, status, alternatives: [], front: [], unmet, optimal: steps.remaining > 0 && auditsExact, steps: steps.used, notes });
  }
  const alternatives: Found[] = [];
  const routes = new Set([best.data.route]);
  for (let k = 0; k < (options.alternatives ?? 2) && steps.remaining > 0; k++) {
    const next = solve(weights, { accept: (f) => !routes.has(f.route) });
    if (!next) break;
    routes.add(next.data.route);
    alternatives.push(next.data);
  }
  const front: Found[] = [];
  if (options.front !== false) {
    const costly = { cost: 1, time: 0, credits: 0, count: 0 };
    let limit: number | undefined;
    for (let k = 0; k < 12 && steps.remaining > 0; k++) {
      const point = solve(costly, limit === undefined ? {} : { latestDays: limit });
      if (!point) break;
      front.push(point.data);
      limit = point.data.schedule.days - 1;
      if (limit < 0) break;
    }
  }
  const costOf = (f: Found): number => f.set.reduce((s, i) => s + candidates[i]!.cost, 0);
  const pareto = front.filter((f) => !front.some((g) => g !== f && costOf(g) <= costOf(f) + 1e-9 && g.schedule.days <= f.schedule.days && (costOf(g) < costOf(f) - 1e-9 || g.schedule.days < f.schedule.days)));
  pareto.sort((a, b) => costOf(a) - costOf(b) || a.schedule.days - b.schedule.days);
  return done(warnings, {
    ...head,
    status: 'planned',
    best: toOption(best.data, weights),
    alternatives: alternatives.map((f) => toOption(f, weights)),
    front: pareto.map((f) => toOption(f, weights)),
    unmet: [],
    optimal: steps.remaining > 0 && auditsExact,
    steps: steps.used,
    notes: notes.sort((a, b) => byCodeUnits(a.code, b.code) || byCodeUnits(a.unit ?? '', b.unit ?? '')),
  });
}


