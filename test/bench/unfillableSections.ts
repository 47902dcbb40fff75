import type { CatalogDocument } from '../../src/model/catalogDocument.js';
import type { Requirement } from '../../src/model/requirement.js';
import type { Unit } from '../../src/model/unit.js';
import { compileFilter } from '../../src/rules/compileFilter.js';
import { convertCredits } from '../../src/credits/convertCredits.js';

/** A program's section that no units of its catalog can fill, and why. */
export interface UnfillableSection {
  readonly program: string;
  /** The section's id (a child of the program's root) and title. */
  readonly section: string;
  /** What it lacks, and where below it (titled nodes on the way, joined by `: `). */
  readonly reason: string;
}

const PROGRAM_KINDS = new Set(['degree', 'certificate']);

/**
 * The sections of a catalog's programs (the children of each program's
 * root) that no units of the catalog could fill, each read alone: a `unit`
 * leaf needs a unit that is offered or stacks; a `select` leaf needs enough
 * offered units matching its filter for its minimum count and credits
 * (credits converted to the program's system), within its `maxPer`, `max`
 * and `minDistinct`. Records, grades, dates, recognitions and sharing
 * between sections are left out: this is the generous reading, so a
 * section listed here cannot be finished by anyone.
 *
 * @param catalog - the catalog document
 * @returns the unfillable sections, in catalog order
 */
export function unfillableSections(catalog: CatalogDocument): UnfillableSection[] {
  const byId = new Map(catalog.units.map((u) => [u.id, u]));
  const takeable = catalog.units.filter((u) => !PROGRAM_KINDS.has(u.kind) && (u.offering !== undefined || u.requirements !== undefined));
  const out: UnfillableSection[] = [];
  for (const program of catalog.units) {
    const root = program.requirements;
    if (!PROGRAM_KINDS.has(program.kind) || root === undefined) continue;
    const system = program.policies?.creditSystem ?? program.credits?.system ?? 'ects';
    const check = (node: Requirement): string | undefined => lacking(node, { byId, takeable, system });
    const sections = 'all' in root ? root.all : [root];
    sections.forEach((section, i) => {
      const reason = check(section);
      if (reason !== undefined) out.push({ program: program.id, section: `${section.id ?? `#${i + 1}`} ${section.title ?? ''}`.trim(), reason });
    });
  }
  return out;
}

interface Context {
  readonly byId: ReadonlyMap<string, Unit>;
  readonly takeable: readonly Unit[];
  readonly system: string;
}

/** What keeps a node from being met by any units, or undefined when some could meet it. */
function lacking(node: Requirement, c: Context): string | undefined {
  if ('unit' in node) {
    const unit = c.byId.get(node.unit);
    return unit && (unit.offering !== undefined || unit.requirements !== undefined) ? undefined : `unit ${node.unit} is neither offered nor stackable`;
  }
  if ('select' in node) return selectLacking(node, c);
  const children = 'all' in node ? node.all : 'any' in node ? node.any : node.of;
  const reasons = children.map((child) => {
    const reason = lacking(child, c);
    return reason === undefined || child.title === undefined ? reason : `${child.title}: ${reason}`;
  });
  const met = reasons.filter((r) => r === undefined).length;
  const needed = 'all' in node ? children.length : 'any' in node ? Math.min(1, children.length) : node.atLeast;
  return met >= needed ? undefined : reasons.find((r) => r !== undefined) ?? `${met} of ${needed} children can be met`;
}

function selectLacking(node: Extract<Requirement, { select: unknown }>, c: Context): string | undefined {
  const matches = c.takeable.filter(compileFilter(node.select));
  const per = node.maxPer;
  const groupOf = (u: Unit): string => (per?.by === 'provider' ? u.provider ?? '' : u.subjects?.[0] ?? '');
  const groups = new Map<string, { count: number; credits: number }>();
  for (const u of matches) {
    const g = groups.get(groupOf(u)) ?? { count: 0, credits: 0 };
    g.count++;
    g.credits += u.credits ? convertCredits(u.credits, c.system).value : 0;
    groups.set(groupOf(u), g);
  }
  let count = 0;
  let credits = 0;
  for (const g of groups.values()) {
    // maxPer caps each group; without it, one group is everything.
    count += per?.count === undefined ? g.count : Math.min(g.count, per.count);
    credits += per?.credits === undefined ? g.credits : Math.min(g.credits, per.credits);
  }
  count = Math.min(count, node.max?.count ?? Infinity);
  credits = Math.min(credits, node.max?.credits ?? Infinity);
  const wanted = { count: node.min?.count ?? (node.min?.credits === undefined ? 1 : 0), credits: node.min?.credits ?? 0 };
  if (count < wanted.count) return `${count} matching unit(s) can count, ${wanted.count} needed`;
  if (credits < wanted.credits) return `${credits} credits can count, ${wanted.credits} needed`;
  const distinct = node.minDistinct;
  if (distinct !== undefined) {
    const values = new Set(matches.flatMap((u) => (distinct.by === 'subject' ? u.subjects ?? [] : distinct.by === 'provider' ? [u.provider ?? ''] : distinct.by === 'kind' ? [u.kind] : u.tags ?? [])));
    if (values.size < distinct.count) return `${values.size} distinct ${distinct.by}(s), ${distinct.count} needed`;
  }
  return undefined;
}
