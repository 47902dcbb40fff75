import type { Unit } from '../model/unit.js';
import type { Catalog } from '../catalog/Catalog.js';
import { prerequisiteParts } from './prerequisiteParts.js';
import { dayNumber, shiftDate } from '../_internal/dates.js';
import { byCodeUnits } from '../_internal/byCodeUnits.js';
import { prerequisiteUnits } from './planCandidates.js';

/**
 * The calendar a schedule is packed into, with its defaults filled in.
 *
 * @internal
 */
export interface ResolvedCalendar {
  readonly start: string;
  readonly termLength: string;
  readonly labels?: readonly string[];
  readonly perTerm: number;
}

/**
 * Where one unit of a plan runs.
 *
 * @internal
 */
export interface Placement {
  readonly unit: Unit;
  readonly term: number;
  /** How many terms it runs in, from `term` on. */
  readonly span: number;
  readonly starts: string;
  readonly ends: string;
}

/**
 * A plan's units packed into terms.
 *
 * @internal
 */
export interface Schedule {
  readonly placements: readonly Placement[];
  readonly completion: string;
  readonly days: number;
  /** How many terms the schedule uses (0 for an empty plan). */
  readonly terms: number;
}

/** Terms looked at before a unit is said to fit nowhere. */
const MAX_TERMS = 400;

/**
 * Packs units into terms: prerequisites end in an earlier term than the
 * units that need them, a unit whose offering names terms runs only in terms
 * so labelled (when the calendar has labels), a unit longer than a term
 * runs on in the terms after it, and no term holds more than `perTerm`
 * units (a prerequisite on a composite waits for the composite's parts).
 * Units are placed one by one, those with the longest chain of units
 * waiting on them first (then the longer, then by id), each in the earliest
 * term it fits: a list schedule, which is the shortest whenever the load
 * per term does not bind. `undefined` when a unit fits in no term.
 *
 * @param units - the plan's units
 * @param calendar - the calendar
 * @param catalog - the catalog, for prerequisites that select units or name composites (which wait for their parts)
 * @internal
 */
export function schedulePlan(units: readonly Unit[], calendar: ResolvedCalendar, catalog: Catalog): Schedule | undefined {
  const { start } = calendar;
  if (units.length === 0) return { placements: [], completion: start, days: 0, terms: 0 };
  const termStarts: string[] = [];
  const termStart = (t: number): string => {
    while (termStarts.length <= t) termStarts.push(shiftDate(start, multiply(calendar.termLength, termStarts.length)));
    return termStarts[t]!;
  };
  const ids = new Set(units.map((u) => u.id));
  const deps = new Map(units.map((u) => [u.id, u.prerequisites ? [...prerequisiteParts(prerequisiteUnits(u.prerequisites, catalog.units), catalog)].filter((id) => ids.has(id) && id !== u.id) : []]));
  const waiting = new Map<string, string[]>();
  for (const [id, list] of deps) for (const d of list) waiting.set(d, [...(waiting.get(d) ?? []), id]);
  const chain = new Map<string, number>();
  const chainOf = (id: string, seen: Set<string>): number => {
    const known = chain.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) return 0;
    seen.add(id);
    const value = 1 + Math.max(0, ...(waiting.get(id) ?? []).map((w) => chainOf(w, seen)));
    chain.set(id, value);
    return value;
  };
  const order = [...units].sort((a, b) => chainOf(b.id, new Set()) - chainOf(a.id, new Set()) || days(b, start) - days(a, start) || byCodeUnits(a.id, b.id));
  const load: number[] = [];
  const placed = new Map<string, Placement>();
  const remaining = [...order];
  while (remaining.length > 0) {
    const next = remaining.findIndex((u) => deps.get(u.id)!.every((d) => placed.has(d)));
    if (next < 0) return undefined;
    const unit = remaining.splice(next, 1)[0]!;
    const earliest = Math.max(0, ...deps.get(unit.id)!.map((d) => placed.get(d)!.term + placed.get(d)!.span));
    let fitted: Placement | undefined;
    for (let t = earliest; t < MAX_TERMS && !fitted; t++) {
      if (!offeredIn(unit, t, calendar)) continue;
      const starts = termStart(t);
      const ends = unit.offering?.duration ? shiftDate(shiftDate(starts, unit.offering.duration), 'P1D', -1) : shiftDate(termStart(t + 1), 'P1D', -1);
      let span = 1;
      while (termStart(t + span) <= ends) span++;
      let fits = true;
      for (let k = t; k < t + span; k++) if ((load[k] ?? 0) >= calendar.perTerm) fits = false;
      if (fits) fitted = { unit, term: t, span, starts, ends };
    }
    if (!fitted) return undefined;
    for (let k = fitted.term; k < fitted.term + fitted.span; k++) load[k] = (load[k] ?? 0) + 1;
    placed.set(unit.id, fitted);
  }
  const placements = [...placed.values()].sort((a, b) => a.term - b.term || byCodeUnits(a.unit.id, b.unit.id));
  const completion = placements.reduce((last, p) => (p.ends > last ? p.ends : last), start);
  return { placements, completion, days: dayNumber(completion) - dayNumber(start), terms: Math.max(...placements.map((p) => p.term + p.span)) };
}

/**
 * The first day of term `t`.
 *
 * @internal
 */
export function termStartOf(calendar: ResolvedCalendar, t: number): string {
  return shiftDate(calendar.start, multiply(calendar.termLength, t));
}

function offeredIn(unit: Unit, t: number, calendar: ResolvedCalendar): boolean {
  const terms = unit.offering?.terms;
  if (!terms || !calendar.labels) return true;
  return terms.includes(calendar.labels[t % calendar.labels.length]!);
}

function days(unit: Unit, start: string): number {
  return unit.offering?.duration ? dayNumber(shiftDate(start, unit.offering.duration)) - dayNumber(start) : 0;
}

/** A duration times a whole number (`P4M` × 3 = `P12M`). */
function multiply(duration: string, n: number): string {
  if (n === 0) return 'P0D';
  return duration.replace(/(\d+)([YMWD])/g, (_, value: string, unit: string) => `${Number(value) * n}${unit}`);
}
