import type { IssuePath } from '../issues/Issue.js';
import type { Unit } from '../model/unit.js';
import type { Organisation } from '../model/organisation.js';
import type { Catalog } from '../catalog/Catalog.js';
import { isCatalog } from '../_internal/isCatalog.js';
import type { MicrocredentialElement } from './MicrocredentialElement.js';

/**
 * A mandatory element of the EU micro-credential Recommendation that a unit
 * lacks, as {@link missingMicrocredentialElements} reports it.
 *
 * @example
 * ```ts
 * const missing: MissingMicrocredentialElement = {
 *   element: 'country', organisation: 'netis', path: ['country'], message: 'the awarding body "netis" has no country',
 * };
 * ```
 *
 * @category Micro-credentials
 */
export interface MissingMicrocredentialElement {
  /** Which element is missing: a stable code. */
  readonly element: MicrocredentialElement;
  /**
   * Where the element would go: a path from the unit (`['microcredential',
   * 'learningOutcomes']`) or, when `organisation` is set, from that
   * organisation (`['country']`).
   */
  readonly path: IssuePath;
  /** The organisation the path starts from: the awarding body, for `country`. */
  readonly organisation?: string;
  /** What is missing and how to supply it, for a person. */
  readonly message: string;
}

/** The level frameworks the Recommendation names. */
const LEVEL_FRAMEWORKS = new Set(['eqf', 'qf-ehea']);

type Lookup = (id: string) => Organisation | undefined;

/**
 * Which mandatory elements of the EU Council Recommendation on
 * micro-credentials (2022/C 243/02) a unit lacks: its title, awarding body
 * (`provider`) and that body's country, learning outcomes, notional
 * workload (`credits` or `workload.hours`), level (`EQF` or `QF-EHEA`,
 * unless `microcredential.levelApplies` is `false`), type of assessment,
 * form of participation (`offering.mode`) and type of quality assurance.
 * The learner, the date of issuing and the grade belong to an achievement,
 * not to a unit, and are not checked here. Optional elements are never
 * reported. The unit is read as given (parse the catalog to check its
 * shape); a value of the wrong type counts as missing. Never throws for
 * data of the wrong shape.
 *
 * @param unit - the unit to check, of any kind
 * @param organisations - the catalog, or its organisations, where the
 *   awarding body is looked up for its country; without them the country
 *   is reported as unknown
 * @returns the missing elements in the order of the Recommendation; empty
 *   when the unit carries every mandatory element that belongs to a unit
 *
 * @example
 * ```ts
 * const catalog = parseCatalog(text);
 * for (const unit of catalog.units.filter((u) => u.kind === 'micro-credential')) {
 *   for (const m of missingMicrocredentialElements(unit, catalog)) console.log(unit.id, m.element, m.message);
 * }
 * ```
 *
 * @category Micro-credentials
 */
export function missingMicrocredentialElements(
  unit: Unit,
  organisations: Catalog | readonly Organisation[] = [],
): MissingMicrocredentialElement[] {
  const out: MissingMicrocredentialElement[] = [];
  const u = asRecord(unit);
  const block = asRecord(u['microcredential']);
  const note = (element: MicrocredentialElement, path: IssuePath, message: string): void => void out.push(missing(element, path, message));
  if (!hasText(u['title'])) note('title', ['title'], 'the unit has no title');
  checkAwardingBody(u['provider'], lookupIn(organisations), out);
  if (!hasItems(block['learningOutcomes'])) {
    note('learning-outcomes', ['microcredential', 'learningOutcomes'], 'the unit lists no learning outcomes');
  }
  if (!hasWorkload(u)) {
    note('workload', ['credits'], 'the unit states no notional workload: give credits (in ECTS where possible) or workload.hours');
  }
  const levelMessage = missingLevel(u['level'], block['levelApplies']);
  if (levelMessage !== undefined) note('level', ['level'], levelMessage);
  if (!hasText(asRecord(block['assessment'])['type'])) {
    note('assessment', ['microcredential', 'assessment', 'type'], 'the unit states no type of assessment');
  }
  if (!hasText(asRecord(u['offering'])['mode'])) {
    note('participation', ['offering', 'mode'], 'the unit states no form of participation (online, on-campus or blended)');
  }
  if (!hasItems(block['qualityAssurance'])) {
    note('quality-assurance', ['microcredential', 'qualityAssurance'], 'the unit states no type of quality assurance');
  }
  return order(out);
}

function checkAwardingBody(provider: unknown, lookup: Lookup | undefined, out: MissingMicrocredentialElement[]): void {
  if (!hasText(provider)) {
    out.push(missing('awarding-body', ['provider'], 'the unit names no awarding body: give its organisation in provider'));
    out.push(missing('country', ['provider'], "the issuer's country is its awarding body's country, and the unit names no awarding body"));
    return;
  }
  const body = lookup?.(provider);
  if (body === undefined) {
    const where = lookup === undefined ? 'no organisations were given to look it up in' : 'it is not among the organisations given';
    out.push(missing('country', ['country'], `the country of awarding body "${provider}" is not known: ${where}`, provider));
  } else if (!hasText(asRecord(body)['country'])) {
    out.push(missing('country', ['country'], `the awarding body "${provider}" has no country`, provider));
  }
}

function missingLevel(level: unknown, applies: unknown): string | undefined {
  if (applies === false) return undefined;
  const framework = asRecord(level)['framework'];
  const value = asRecord(level)['value'];
  if (typeof framework === 'string' && LEVEL_FRAMEWORKS.has(framework.toLowerCase()) && typeof value === 'number' && Number.isFinite(value)) {
    return undefined;
  }
  const found = typeof framework === 'string' ? ` (its level is in the framework "${framework}")` : '';
  return `the unit has no EQF or QF-EHEA level${found}; if none applies, set microcredential.levelApplies to false`;
}

function hasWorkload(unit: Readonly<Record<string, unknown>>): boolean {
  const credits = asRecord(unit['credits']);
  const hours = asRecord(unit['workload'])['hours'];
  return (isPositive(credits['value']) && hasText(credits['system'])) || isPositive(hours);
}

function lookupIn(organisations: unknown): Lookup | undefined {
  if (Array.isArray(organisations)) {
    if (organisations.length === 0) return undefined;
    return (id) => organisations.find((o: unknown) => asRecord(o)['id'] === id) as Organisation | undefined;
  }
  if (isCatalog(organisations)) return (id) => organisations.organisation(id);
  return undefined;
}

function missing(element: MicrocredentialElement, path: IssuePath, message: string, organisation?: string): MissingMicrocredentialElement {
  return Object.freeze({ element, path: Object.freeze([...path]), ...(organisation !== undefined && { organisation }), message });
}

// The order of the Recommendation's list: title, country, awarding body, ...
const RANK: readonly MicrocredentialElement[] = ['title', 'country', 'awarding-body', 'learning-outcomes', 'workload', 'level', 'assessment', 'participation', 'quality-assurance'];

function order(found: MissingMicrocredentialElement[]): MissingMicrocredentialElement[] {
  return found.sort((a, b) => RANK.indexOf(a.element) - RANK.indexOf(b.element));
}

function asRecord(value: unknown): Readonly<Record<string, unknown>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function hasText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function hasItems(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0;
}

function isPositive(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}
