import type { CompiledProgram } from '../audit/compile/CompiledProgram.js';
import type { Issue } from '../issues/Issue.js';
import type { Unit } from '../model/unit.js';
import type { CreditMapEntry } from './CreditMapEntry.js';
import { programUnits, type ProgramUnits } from './programUnits.js';
import { heldVariants } from './heldVariants.js';
import { auditHeld } from './auditHeld.js';
import { routeKey, type FoundRoute } from './foundRoute.js';
import { countedAttributes, unitSignature } from './unitSignature.js';
import { routeConditions } from './routeConditions.js';
import { stackConditions, stackPaths } from './stackPaths.js';
import { canonicalConditions } from './canonicalConditions.js';
import { byCodeUnits } from '../_internal/byCodeUnits.js';
import { completableAlone } from './completableAlone.js';
import { recognitionSignature } from './recognitionSignature.js';

/**
 * The map's entries for one compiled program: every unit that could count
 * toward it is audited alone, its routes turned into entries with their
 * conditions, and parts of composites given `stacked` entries through the
 * composites that count. Composites and the parts of composites one
 * achievement could complete are audited one by one; other units that the
 * audit cannot tell apart (see {@link unitSignature} and
 * {@link recognitionSignature}) share one audit.
 *
 * @internal
 */
export function mapProgram(compiled: CompiledProgram, wanted: (id: string) => boolean, asOf: string | undefined, warnings: Issue[]): { entries: CreditMapEntry[]; audits: number } {
  const found = programUnits(compiled);
  const routes = new Map<string, FoundRoute[]>();
  const shared = new Map<string, { readonly representative: string; readonly routes: FoundRoute[] }>();
  const counted = countedAttributes(compiled);
  // The composites one achievement could complete: their parts may stack into them alone.
  const solo = new Set([...found.composites.values()].filter(completableAlone).map((t) => t.unit.id));
  let audits = 0;
  const auditAlone = (unit: Unit): FoundRoute[] => {
    const narrowings = (found.leaves.get(unit.id) ?? []).map((i) => compiled.tree.nodes[i]!.narrowing);
    const partNarrowings = (found.partOf.get(unit.id) ?? []).flatMap((p) => p.leaves.map((l) => l.narrowing));
    const variants = heldVariants(compiled.catalog, unit, found.recognitions.get(unit.id) ?? [], [...narrowings, ...partNarrowings], asOf);
    audits += variants.length;
    return bestOf(variants.flatMap((v) => auditHeld(compiled, unit.id, v, warnings)));
  };
  for (const unit of found.units) {
    const recognitions = found.recognitions.get(unit.id);
    // A source of a recognition stacks alone when its grant is part of such a composite: then it is audited on its own too.
    const special = unit.requirements !== undefined || (recognitions !== undefined && solo.size > 0) || (found.partOf.get(unit.id) ?? []).some((p) => solo.has(p.tree.unit.id));
    // Composites are audited even when not asked for: their parts' stacked entries need them.
    if (!wanted(unit.id) && !found.composites.has(unit.id)) continue;
    if (special) {
      routes.set(unit.id, auditAlone(unit));
      continue;
    }
    const signature = JSON.stringify([unitSignature(compiled, found, unit, counted), recognitions ? recognitionSignature(compiled, unit, recognitions) : null]);
    let same = shared.get(signature);
    if (!same) shared.set(signature, (same = { representative: unit.id, routes: auditAlone(unit) }));
    routes.set(unit.id, same.representative === unit.id ? same.routes : same.routes.map((r) => renamed(r, same.representative, unit.id)));
  }
  const entries: CreditMapEntry[] = [];
  for (const unit of found.units) {
    if (!wanted(unit.id)) continue;
    const own = routes.get(unit.id) ?? [];
    entries.push(...own.map((r) => entryOf(compiled, found, unit, r)));
    entries.push(...stackedEntries(compiled, found, unit, own, routes));
  }
  return { entries, audits };
}

/** A route found for one unit, told of another that audits alike. */
function renamed(r: FoundRoute, from: string, to: string): FoundRoute {
  return { ...r, countsAs: r.countsAs.map((u) => (u === from ? to : u)).sort(byCodeUnits) };
}

/** Of routes found in several audits, the one with the most credits (the first on a tie). */
function bestOf(found: readonly FoundRoute[]): FoundRoute[] {
  const best = new Map<string, FoundRoute>();
  for (const r of found) {
    const key = routeKey(r);
    const seen = best.get(key);
    if (!seen || r.credits > seen.credits) best.set(key, r);
  }
  return [...best.values()];
}

function entryOf(compiled: CompiledProgram, found: ProgramUnits, unit: Unit, r: FoundRoute): CreditMapEntry {
  const rec = r.recognition === undefined ? undefined : compiled.catalog.recognition(r.recognition);
  const stack = r.composite === undefined ? undefined : (stackPaths(found, unit.id).get(r.composite) ?? [r.composite]);
  const conditions = [...routeConditions(compiled, unit, r.requirements, rec), ...(stack ? stackConditions(found, unit.id, stack) : [])];
  return {
    credential: unit.id,
    program: compiled.program.id,
    route: r.route,
    ...(r.recognition !== undefined && { recognition: r.recognition }),
    ...(stack && { stack }),
    alone: true,
    countsAs: r.countsAs,
    credits: r.credits,
    ...(compiled.creditSystem !== undefined && { creditSystem: compiled.creditSystem }),
    approximate: r.approximate,
    requirements: r.requirements,
    conditions: canonicalConditions(conditions),
    assumed: r.assumed,
  };
}

/** A part's entries through each composite above it that counts on its own (directly or recognised), unless the part alone already stacks into it that way. */
function stackedEntries(compiled: CompiledProgram, found: ProgramUnits, unit: Unit, own: readonly FoundRoute[], routes: ReadonlyMap<string, readonly FoundRoute[]>): CreditMapEntry[] {
  const out: CreditMapEntry[] = [];
  const taken = new Set(own.map(routeKey));
  for (const [whole, path] of stackPaths(found, unit.id)) {
    const composite = compiled.catalog.unit(whole);
    if (!composite) continue;
    for (const r of routes.get(whole) ?? []) {
      if (r.route === 'stacked') continue;
      if (taken.has(routeKey({ route: 'stacked', composite: whole, ...(r.recognition !== undefined && { recognition: r.recognition }) }))) continue;
      const wholeEntry = entryOf(compiled, found, composite, r);
      const { credential: _c, program, route: _r, recognition, stack: _s, alone: _a, conditions, assumed, ...rest } = wholeEntry;
      out.push({
        credential: unit.id,
        program,
        route: 'stacked',
        ...(recognition !== undefined && { recognition }),
        stack: path,
        alone: false,
        ...rest,
        conditions: canonicalConditions([...stackConditions(found, unit.id, path), ...conditions]),
        assumed,
      });
    }
  }
  return out;
}
