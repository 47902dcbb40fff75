import type { Issue } from '../../issues/Issue.js';
import type { CatalogDocument } from '../../model/catalogDocument.js';
import type { GradeScale } from '../../model/gradeScale.js';
import type { Accreditation, Organisation } from '../../model/organisation.js';
import type { Unit } from '../../model/unit.js';
import type { UnitKind } from '../../model/unitKind.js';
import { issue } from '../../_internal/issue.js';
import { canonicalJson } from '../vc/canonicalJson.js';
import type { Path } from '../vc/values.js';

/**
 * Collects the catalog parts an import describes, once each: the first
 * organisation or grade scale of an id is kept (an organisation gains the
 * accreditations of later copies); a unit given twice with the same content
 * is one unit, with other content a second unit under a derived id (a
 * warning says so). Stacks are kept as parent → part edges and written as
 * `requirements: { all: [...] }` when built.
 *
 * @internal
 */
export class PartsBuilder {
  readonly #organisations = new Map<string, Organisation>();
  readonly #units = new Map<string, Unit>();
  readonly #byAchievement = new Map<string, string>();
  readonly #scales = new Map<string, GradeScale>();
  readonly #parts = new Map<string, string[]>();

  /** Adds an organisation, or the accreditations it has that the one held lacks. */
  addOrganisation(org: Organisation): void {
    const held = this.#organisations.get(org.id);
    if (!held) {
      this.#organisations.set(org.id, { ...org, ...(org.accreditations && { accreditations: [...org.accreditations] }) });
      return;
    }
    const list: Accreditation[] = [...(held.accreditations ?? [])];
    for (const a of org.accreditations ?? []) if (!list.some((b) => canonicalJson(b) === canonicalJson(a))) list.push(a);
    if (list.length > 0) this.#organisations.set(org.id, { ...held, accreditations: list });
  }

  /** Adds the unit of an Open Badges achievement; returns the id it has in the parts. */
  addUnit(achievementId: string, unit: Unit, path: Path, warnings: Issue[]): string {
    const held = this.#units.get(unit.id);
    if (!held) return this.#put(achievementId, unit);
    if (canonicalJson(held) === canonicalJson(unit)) return held.id;
    const id = this.#freeId(unit.id);
    warnings.push(issue('duplicate_id', path, `achievement id "${unit.id}" is also used by an achievement with other content ("${held.title}"); this one ("${unit.title}") becomes unit "${id}", which does not claim the Open Badges id`));
    const { externalIds: _claimed, ...rest } = unit;
    return this.#put(achievementId, { ...rest, id });
  }

  /** Adds a unit standing for an achievement the documents name but do not describe. */
  addPlaceholder(achievementId: string, kind: UnitKind): string {
    return this.#put(achievementId, { id: this.#freeId(achievementId, false), kind, title: achievementId, externalIds: [{ scheme: 'ob3', id: achievementId }] });
  }

  /** The unit id of the first unit added for an Open Badges achievement id. */
  unitFor(achievementId: string): string | undefined {
    return this.#byAchievement.get(achievementId);
  }

  /** The unit held under an id. */
  unit(id: string): Unit | undefined {
    return this.#units.get(id);
  }

  /** Adds a grade scale and returns the one held: a second of the same id with other grades is left out, with a warning. */
  addGradeScale(scale: GradeScale, path: Path, warnings: Issue[]): GradeScale {
    const held = this.#scales.get(scale.id);
    if (!held) this.#scales.set(scale.id, scale);
    else if (canonicalJson(held) !== canonicalJson(scale)) warnings.push(issue('duplicate_id', path, `result description "${scale.id}" is described twice with different values; the first is kept`));
    return held ?? scale;
  }

  /** Makes `child` a part of `parent`; false (and nothing added) when that would close a loop. */
  addPart(parent: string, child: string): boolean {
    if (parent === child || this.#reaches(child, parent)) return false;
    const list = this.#parts.get(parent) ?? [];
    if (!list.includes(child)) list.push(child);
    this.#parts.set(parent, list);
    return true;
  }

  /** The parts as a catalog document. */
  build(): CatalogDocument {
    const units = [...this.#units.values()].map((u) => {
      const parts = this.#parts.get(u.id);
      return parts ? { ...u, requirements: { all: parts.map((unit) => ({ unit })) } } : u;
    });
    return { organisations: [...this.#organisations.values()], units, gradeScales: [...this.#scales.values()] };
  }

  #put(achievementId: string, unit: Unit): string {
    this.#units.set(unit.id, unit);
    if (!this.#byAchievement.has(achievementId)) this.#byAchievement.set(achievementId, unit.id);
    return unit.id;
  }

  #freeId(id: string, suffixed = true): string {
    if (!suffixed && !this.#units.has(id)) return id;
    let n = 2;
    while (this.#units.has(`${id}#${n}`)) n++;
    return `${id}#${n}`;
  }

  #reaches(from: string, to: string): boolean {
    const stack = [from];
    const seen = new Set<string>();
    while (stack.length > 0) {
      const at = stack.pop()!;
      if (at === to) return true;
      if (seen.has(at)) continue;
      seen.add(at);
      stack.push(...(this.#parts.get(at) ?? []));
    }
    return false;
  }
}
