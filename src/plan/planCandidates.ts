import type { CompiledProgram } from '../audit/compile/CompiledProgram.js';
import type { CompiledTree } from '../audit/compile/CompiledTree.js';
import type { Unit } from '../model/unit.js';
import type { Requirement } from '../model/requirement.js';
import { compileFilter } from '../rules/compileFilter.js';
import { forEachRequirementNode } from '../rules/forEachRequirementNode.js';
import { byCodeUnits } from '../_internal/byCodeUnits.js';
import { dayNumber, shiftDate } from '../_internal/dates.js';
import type { PlanCandidate } from './PlanCandidate.js';
import type { PlanWeights } from './PlanWeights.js';
import type { PlanNote } from './PlanResult.js';
import { usefulCopies } from './usefulCopies.js';
import { defaultCurrency } from './defaultCurrency.js';
import { feedIndex, type FeedIndex } from './feedIndex.js';

/**
 * What the candidates are chosen by.
 *
 * @internal
 */
export interface CandidateSettings {
  /** Units the record holds (completed and in force, or counted by look-ahead). */
  readonly held: ReadonlySet<string>;
  readonly start: string;
  /** The calendar's term length: a unit that states no duration runs a term. */
  readonly termLength: string;
  readonly currency: string | undefined;
  readonly rates: Readonly<Record<string, number>>;
  readonly weights: PlanWeights;
  readonly avoid: { readonly units: ReadonlySet<string>; readonly providers: ReadonlySet<string>; readonly modes: ReadonlySet<string> };
  readonly prefer: { readonly providers: ReadonlySet<string>; readonly modes: ReadonlySet<string> };
}

/**
 * The units a plan for a program may add: those that could feed the program
 * (its leaves, its recognitions, the parts of composites that could), and
 * the prerequisites of those, that the catalog offers (they have an
 * `offering`), that are not composites (composites are earned by stacking),
 * that the record does not hold and that the caller does not avoid. In id
 * order. What is left out for a reason the caller may not expect (a price
 * in a currency without a rate) is noted. Without a currency given, the
 * plan's is the one most of the program's own institution's units among
 * these are priced in (or, when it prices none, most of these units).
 *
 * @internal
 */
export function planCandidates(compiled: CompiledProgram, given: CandidateSettings, notes: PlanNote[], index: FeedIndex = feedIndex(compiled)): { readonly candidates: PlanCandidate[]; readonly currency: string | undefined } {
  const { catalog } = compiled;
  const ids = [...reachable(compiled, index)].sort(byCodeUnits);
  const limited = index.trees.flatMap((tree) => tree.nodes.filter((node) => node.limits !== undefined).map((node) => ({ tree, node })));
  const ends = new Map<string, number>();
  const offered = ids.map((id) => catalog.unit(id)).filter((u): u is Unit => u?.offering !== undefined && !u.requirements);
  const home = offered.filter((u) => u.provider !== undefined && u.provider === compiled.home);
  const currency = given.currency ?? defaultCurrency(home) ?? defaultCurrency(offered);
  const settings = { ...given, currency };
  const out: PlanCandidate[] = [];
  for (const id of ids) {
    const unit = catalog.unit(id);
    if (!unit?.offering || unit.requirements || settings.held.has(id) || avoided(unit, settings)) continue;
    const price = priceOf(unit, settings);
    if (price === undefined) {
      notes.push({ code: 'no_rate', unit: id, message: `${id} is priced in ${unit.offering.cost?.currency ?? '?'} and no rate to ${settings.currency ?? '?'} was given, so it is not planned` });
      continue;
    }
    const credits = creditsOf(unit, compiled);
    // As a schedule counts them: to the last day it runs, from the first.
    const duration = unit.offering.duration ?? settings.termLength;
    const days = ends.get(duration) ?? ends.set(duration, dayNumber(shiftDate(shiftDate(settings.start, duration), 'P1D', -1)) - dayNumber(settings.start)).get(duration)!;
    const { weights } = settings;
    out.push({
      index: out.length,
      unit,
      cost: price.amount,
      costKnown: price.known,
      credits,
      days,
      preferred: settings.prefer.providers.has(unit.provider ?? '') || settings.prefer.modes.has(unit.offering.mode ?? ''),
      weight: weights.cost * price.amount + weights.credits * credits + weights.count,
      twinKey: twinKey(unit, index, limited, compiled, credits, days),
    });
  }
  return { candidates: keepUseful(out, compiled, index), currency };
}

/**
 * Of units interchangeable to every rule, only as many as a plan could
 * need ({@link usefulCopies}), the cheapest (then by id): a plan that takes
 * a dearer one while a cheaper one is left out is never better.
 */
function keepUseful(candidates: readonly PlanCandidate[], compiled: CompiledProgram, index: FeedIndex): PlanCandidate[] {
  const classes = new Map<string, PlanCandidate[]>();
  for (const c of candidates) (classes.get(c.twinKey) ?? classes.set(c.twinKey, []).get(c.twinKey)!).push(c);
  const kept = new Set<PlanCandidate>();
  for (const members of classes.values()) {
    const cap = usefulCopies(members[0]!.unit, compiled, index);
    for (const c of [...members].sort((a, b) => a.cost - b.cost || a.index - b.index).slice(0, cap)) kept.add(c);
  }
  return candidates.filter((c) => kept.has(c)).map((c, index) => ({ ...c, index }));
}

/** Units that could feed the program, then every prerequisite of those, repeatedly. */
function reachable(compiled: CompiledProgram, index: FeedIndex): Set<string> {
  const { catalog } = compiled;
  const found = new Set<string>([...index.trees.map((t) => t.unit.id), ...index.leaves.keys(), ...index.sources.keys()]);
  for (const rec of compiled.recognitions) for (const g of rec.grants.units ?? []) found.add(g);
  const queue = [...found];
  while (queue.length > 0) {
    const unit = catalog.unit(queue.pop()!);
    if (!unit?.prerequisites) continue;
    for (const id of prerequisiteUnits(unit.prerequisites, catalog.units)) {
      if (!found.has(id)) {
        found.add(id);
        queue.push(id);
      }
    }
  }
  found.delete(compiled.program.id);
  return found;
}

/**
 * The units a prerequisite rule names or picks.
 *
 * @internal
 */
export function prerequisiteUnits(rule: Requirement, units: readonly Unit[]): string[] {
  const out: string[] = [];
  forEachRequirementNode(rule, 'prerequisites', [], ({ node }) => {
    if ('unit' in node) out.push(node.unit);
    if ('select' in node) {
      const match = compileFilter(node.select);
      for (const u of units) if (match(u)) out.push(u.id);
    }
  });
  return out;
}

function avoided(unit: Unit, s: CandidateSettings): boolean {
  return s.avoid.units.has(unit.id) || (unit.provider !== undefined && s.avoid.providers.has(unit.provider)) || (unit.offering?.mode !== undefined && s.avoid.modes.has(unit.offering.mode));
}

/** The unit's cost in the plan's currency, `known: false` when it has none, `undefined` when it cannot be converted. */
function priceOf(unit: Unit, s: CandidateSettings): { amount: number; known: boolean } | undefined {
  const cost = unit.offering?.cost;
  if (!cost) return { amount: 0, known: false };
  if (s.currency === undefined || cost.currency === s.currency) return { amount: cost.amount, known: true };
  const rate = s.rates[cost.currency];
  return rate === undefined ? undefined : { amount: cost.amount * rate, known: true };
}

/** A unit's credits in the program's credit system; 0 when it has none or they do not convert. */
function creditsOf(unit: Unit, compiled: CompiledProgram): number {
  if (!unit.credits) return 0;
  if (compiled.creditSystem === undefined) return unit.credits.value;
  return compiled.catalog.creditSystems.convert(unit.credits, compiled.creditSystem)?.value ?? 0;
}

/** Everything any rule of the program could tell two units apart by, so that equal keys mean interchangeable units. */
function twinKey(unit: Unit, index: FeedIndex, limited: readonly { tree: CompiledTree; node: CompiledTree['nodes'][number] }[], compiled: CompiledProgram, credits: number, days: number): string {
  const leaves = (index.leaves.get(unit.id) ?? []).map((l) => `${index.trees[l.tree]!.unit.id}#${l.node}`);
  for (const { tree, node } of limited) if (node.limits!.some((l) => l.match(unit))) leaves.push(`${tree.unit.id}!${node.index}`);
  const from = index.sources.get(unit.id) ?? [];
  const recognitions = compiled.recognitions.filter((r) => from.includes(r) || r.grants.units?.includes(unit.id)).map((r) => r.id);
  const prerequisiteOf = compiled.catalog.prerequisiteFor(unit.id).length > 0;
  return JSON.stringify([
    leaves,
    recognitions,
    credits,
    unit.credits ?? null,
    days,
    unit.kind,
    unit.provider ?? null,
    unit.subjects ?? null,
    unit.tags ?? null,
    unit.level ?? null,
    unit.validity ?? null,
    unit.offering?.mode ?? null,
    unit.offering?.terms ?? null,
    unit.prerequisites ?? null,
    prerequisiteOf ? unit.id : null,
  ]);
}
