import type { Catalog } from '../catalog/Catalog.js';
import type { Recognition } from '../model/recognition.js';
import type { Unit } from '../model/unit.js';
import type { Narrowing } from '../audit/compile/CompiledTree.js';
import type { CreditAssumption } from './CreditMapEntry.js';
import { byCodeUnits } from '../_internal/byCodeUnits.js';

/** When nothing dates a credential and no `asOf` is given, it is taken as earned on this day. */
const UNDATED_DAY = '2000-01-01';

/** The most variants (days times grades) one credential is audited in. */
const MAX_VARIANTS = 8;

interface Window {
  readonly from?: string;
  readonly until?: string;
}

/**
 * The one-achievement records the map audits a credential in: a day for
 * the base case (`asOf`, or the latest start of a dated rule it meets) and
 * the latest day, up to `asOf`, of each dated rule it meets (a
 * recognition's dates, the accreditation its conditions ask for, a
 * requirement's `earnedBetween`) that is not in force on the base day; each with the best grade of every grade scale
 * those rules ask about (no grade when none asks). Base first, then later
 * days first.
 *
 * @internal
 */
export function heldVariants(catalog: Catalog, unit: Unit, recognitions: readonly Recognition[], narrowings: readonly Narrowing[], asOf: string | undefined): CreditAssumption[] {
  const windows = [...recognitions.flatMap((r) => recognitionWindows(catalog, unit, r)), ...narrowings.flatMap((n) => n.earnedBetween)];
  const starts = windows.map((w) => w.from).filter((d): d is string => d !== undefined).sort(byCodeUnits);
  const base = asOf ?? starts.at(-1) ?? UNDATED_DAY;
  const days = new Set<string>([base]);
  // Only a rule not in force on the base day needs a day of its own.
  const outside = windows.filter((w) => (w.from !== undefined && w.from > base) || (w.until !== undefined && w.until < base));
  const later = outside.map((w) => latestDay(w, asOf ?? base)).filter((d): d is string => d !== undefined).sort(byCodeUnits).reverse();
  for (const day of later) days.add(day);
  const grades = bestGrades(catalog, [...recognitions.flatMap((r) => (r.conditions?.minGrade ? [r.conditions.minGrade.scale] : [])), ...narrowings.flatMap((n) => n.minGrades.map((g) => g.bar.scale))]);
  const out: CreditAssumption[] = [];
  for (const day of days) {
    for (const grade of grades) {
      if (out.length >= MAX_VARIANTS) return out;
      out.push({ earnedOn: day, ...(asOf !== undefined && { asOf }), ...(grade && { grade }), verified: true });
    }
  }
  return out;
}

/** The latest day of a window up to `end`, when the window reaches back that far. */
function latestDay(window: Window, end: string): string | undefined {
  const day = window.until !== undefined && window.until < end ? window.until : end;
  return window.from !== undefined && window.from > day ? undefined : day;
}

/** A recognition's dates, cut to the periods the issuer was accredited in when its conditions ask for it. */
function recognitionWindows(catalog: Catalog, unit: Unit, rec: Recognition): Window[] {
  const own: Window = { ...(rec.validFrom !== undefined && { from: rec.validFrom }), ...(rec.validUntil !== undefined && { until: rec.validUntil }) };
  const body = rec.conditions?.issuerAccreditedBy;
  if (body === undefined) return own.from === undefined && own.until === undefined ? [] : [own];
  const issuer = unit.provider === undefined ? undefined : catalog.organisation(unit.provider);
  return (issuer?.accreditations ?? []).filter((a) => a.by === body).map((a) => ({
    ...bound(own.from, a.from, 'from'),
    ...bound(own.until, a.until, 'until'),
  }));
}

/** The later start or the earlier end of two, whichever is given. */
/** The later of two starts, or the earlier of two ends, whichever are given. */
function bound(a: string | undefined, b: string | undefined, key: 'from' | 'until'): Window {
  const pick = a === undefined ? b : b === undefined ? a : key === 'from' ? (a > b ? a : b) : a < b ? a : b;
  return pick === undefined ? {} : { [key]: pick };
}

/** The best grade of each scale named (in id order), or one variant without a grade. */
function bestGrades(catalog: Catalog, scales: readonly string[]): (CreditAssumption['grade'] | undefined)[] {
  const out: NonNullable<CreditAssumption['grade']>[] = [];
  for (const id of [...new Set(scales)].sort(byCodeUnits)) {
    const scale = catalog.gradeScale(id);
    const value = scale?.grades?.[0]?.grade ?? scale?.range?.max;
    if (value !== undefined) out.push({ scale: id, value });
  }
  return out.length > 0 ? out : [undefined];
}
