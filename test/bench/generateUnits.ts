import type { Unit } from '../../src/model/unit.js';
import type { Requirement } from '../../src/model/requirement.js';
import { COMPETENCIES, SUBJECTS, TAGS, randomDate } from './catalogParts.js';
import { hex, type CreditSystemId, type ProviderProfile } from './generateOrganisations.js';
import type { Prng } from './prng.js';

/** A generated micro-credential and the courses it stacks. */
export interface MicroCredentialInfo {
  readonly id: string;
  readonly provider: ProviderProfile;
  readonly subject: string;
  readonly parts: readonly string[];
}

/** Courses of one provider, by subject, in catalog order. */
export type CoursesBySubject = Map<string, string[]>;

const CREDIT_VALUES: Record<CreditSystemId, readonly number[]> = {
  'us-semester': [3, 3, 3, 4, 4, 1], 'us-quarter': [4, 4, 5, 3], ects: [5, 5, 6, 7.5, 10, 3],
  'uk-cats': [15, 15, 20, 30], ceu: [2, 3, 4, 6], 'clock-hour': [20, 30, 40, 60],
};
const HOURS_PER_CREDIT: Record<CreditSystemId, number> = {
  'us-semester': 45, 'us-quarter': 30, ects: 27.5, 'uk-cats': 10, ceu: 10, 'clock-hour': 1,
};
const TOPICS = ['Foundations', 'Methods', 'Systems', 'Theory', 'Applications', 'Seminar', 'Analytics', 'Design', 'Advanced Topics', 'Practicum'];
const SUBJECT_NAMES = new Map(SUBJECTS);
const LEVEL_WEIGHTS = [1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 6];

/**
 * A minimum grade on a scale, of the given strictness (0 lenient to 2 strict).
 *
 * @param scale - a grade scale id
 * @param strictness - 0, 1 or 2
 * @returns a grade that is on the scale
 */
export function minGradeOn(scale: string, strictness: number): string | number {
  const s = Math.max(0, Math.min(2, strictness));
  if (scale === 'us-letter') return (['C', 'B-', 'B'] as const)[s] ?? 'C';
  if (scale === 'ects-grade') return (['E', 'D', 'C'] as const)[s] ?? 'E';
  if (scale === 'pass-fail') return 'P';
  return [50, 60, 70][s] ?? 50;
}

/**
 * Generates a provider's courses, lowest level first, so that every
 * prerequisite names a unit that comes earlier in the catalog.
 *
 * @param rng - the generator
 * @param p - the provider
 * @param count - how many courses
 * @param scale - the grade scale of its units, for prerequisite grades
 * @returns the courses, and their ids by subject
 */
export function generateCourses(rng: Prng, p: ProviderProfile, count: number, scale: string): { units: Unit[]; bySubject: CoursesBySubject } {
  const specs = Array.from({ length: count }, (_, i) => ({ i, subject: rng.pick(p.subjects), level: p.kind === 'university' ? rng.pick(LEVEL_WEIGHTS) : rng.int(1, 4) }));
  specs.sort((a, b) => a.level - b.level || a.i - b.i);
  const counters = new Map<string, number>();
  const bySubject: CoursesBySubject = new Map();
  const byLevel = new Map<string, string[]>(); // `${subject}:${level}` → ids
  const units: Unit[] = [];
  for (const { subject, level } of specs) {
    const key = `${subject}:${level}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    const id = `${p.code} ${subject} ${level}${String(n).padStart(2, '0')}`;
    const kind = p.kind === 'employer' ? rng.pick(['certification', 'badge', 'assessment'] as const) : p.kind === 'platform' && rng.chance(0.15) ? 'module' : 'course';
    const credits = p.kind === 'platform' && rng.chance(0.2) ? undefined : rng.pick(CREDIT_VALUES[p.system]);
    const tags = rng.sample(TAGS, rng.int(0, 2)).filter((t) => t !== 'capstone' || level >= 4);
    if (level >= 4 && rng.chance(0.15) && !tags.includes('capstone')) tags.push('capstone');
    const earlier = [1, 2, 3, 4, 5].filter((l) => l < level).flatMap((l) => byLevel.get(`${subject}:${l}`) ?? []);
    const unit: Unit = {
      id,
      kind,
      title: `${SUBJECT_NAMES.get(subject) ?? subject} ${level}${String(n).padStart(2, '0')}: ${rng.pick(TOPICS)}`,
      provider: p.org.id,
      ...(credits === undefined ? {} : { credits: { value: credits, system: p.system } }),
      workload: { hours: Math.round((credits ?? rng.int(2, 6)) * HOURS_PER_CREDIT[credits === undefined ? 'ceu' : p.system]) },
      level: { framework: p.framework, value: p.framework === 'eqf' ? (level <= 4 ? 6 : 7) : level * 100 },
      subjects: rng.chance(0.15) ? [subject, rng.pick(p.subjects)].filter((s, i, a) => a.indexOf(s) === i) : [subject],
      ...(tags.length > 0 ? { tags } : {}),
      ...(rng.chance(0.6) ? { competencies: rng.sample(COMPETENCIES, rng.int(1, 3)) } : {}),
      offering: offering(rng, p),
      ...(earlier.length > 0 && rng.chance(0.45) ? { prerequisites: prerequisite(rng, earlier, scale) } : {}),
      ...(kind === 'certification' ? { validity: rng.pick(['P2Y', 'P3Y']) } : {}),
      ...(rng.chance(0.3) ? { externalIds: [{ scheme: 'ctid', id: `ce-${hex(rng, 8)}-${hex(rng, 4)}` }] } : {}),
    };
    units.push(unit);
    (byLevel.get(key) ?? byLevel.set(key, []).get(key))?.push(id);
    (bySubject.get(subject) ?? bySubject.set(subject, []).get(subject))?.push(id);
  }
  return { units, bySubject };
}

function offering(rng: Prng, p: ProviderProfile): NonNullable<Unit['offering']> {
  const [lo, hi] = p.kind === 'platform' ? [0, 399] : p.kind === 'employer' ? [150, 600] : p.currency === 'EUR' ? [0, 1500] : [800, 4500];
  const duration = p.kind !== 'university' ? `P${rng.int(2, 12)}W` : p.system === 'us-quarter' ? 'P10W' : p.system === 'uk-cats' ? 'P12W' : p.system === 'ects' ? 'P14W' : 'P15W';
  return {
    cost: { amount: rng.int(lo / 10, hi / 10) * 10, currency: p.currency, asOf: randomDate(rng, 2023, 2025) },
    duration,
    mode: p.kind === 'university' ? rng.pick(['on-campus', 'on-campus', 'blended', 'online'] as const) : 'online',
    starts: p.kind === 'university' ? rng.pick(['fall', 'spring', 'fall, spring', 'every term']) : rng.pick(['monthly', 'self-paced', 'quarterly']),
  };
}

function prerequisite(rng: Prng, earlier: readonly string[], scale: string): Requirement {
  const [a, b] = rng.sample(earlier, 2);
  const roll = rng.next();
  if (b === undefined || roll < 0.6) return rng.chance(0.3) ? { unit: a ?? '', minGrade: { scale, grade: minGradeOn(scale, 0) } } : { unit: a ?? '' };
  return roll < 0.85 ? { all: [{ unit: a ?? '' }, { unit: b }] } : { any: [{ unit: a ?? '' }, { unit: b }] };
}

/**
 * Generates a micro-credential that stacks three to six of a provider's
 * courses (all earlier in the catalog), or `undefined` when the provider has
 * fewer than three courses.
 *
 * @param rng - the generator
 * @param p - the provider
 * @param n - a catalog-wide counter that makes the id unique
 * @param bySubject - the provider's courses by subject
 * @param units - the catalog's units so far by id, to sum credits and cost
 * @param scale - the grade scale of the provider's units
 * @returns the unit and what it stacks
 */
export function generateMicroCredential(
  rng: Prng, p: ProviderProfile, n: number, bySubject: CoursesBySubject, units: ReadonlyMap<string, Unit>, scale: string,
): { unit: Unit; info: MicroCredentialInfo } | undefined {
  const subjects = [...bySubject.entries()].filter(([, ids]) => ids.length >= 3);
  const all = [...bySubject.values()].flat();
  const [subject, pool] = subjects.length > 0 ? rng.pick(subjects) : ['', all];
  if (pool.length < 3) return undefined;
  const parts = rng.sample(pool, rng.int(3, Math.min(6, pool.length)));
  const nodes: Requirement[] = parts.map((unit) => (rng.chance(0.2) ? { unit, minGrade: { scale, grade: minGradeOn(scale, 1) } } : { unit }));
  const last = nodes.pop() as Requirement;
  const requirements: Requirement = rng.chance(0.35) && nodes.length >= 3
    ? { all: [{ atLeast: nodes.length - 1, of: nodes, title: 'Courses' }, { ...last, title: 'Capstone exam' }] }
    : { all: [...nodes, last] };
  const partUnits = parts.map((id) => units.get(id));
  const credits = partUnits.reduce((sum, u) => sum + (u?.credits?.value ?? 0), 0);
  const cost = partUnits.reduce((sum, u) => sum + (u?.offering?.cost?.amount ?? 0), 0);
  const name = SUBJECT_NAMES.get(subject) ?? 'Professional Skills';
  const unit: Unit = {
    id: `${p.code}-MC-${n}`,
    kind: rng.chance(0.85) ? 'micro-credential' : 'badge',
    title: `${rng.pick(['MicroMasters in', 'Professional Certificate in', 'MicroCert:'])} ${name}`,
    provider: p.org.id,
    ...(credits > 0 ? { credits: { value: credits, system: p.system } } : {}),
    ...(subject === '' ? {} : { subjects: [subject] }),
    tags: ['stackable'],
    offering: { cost: { amount: Math.round(cost * 0.9), currency: p.currency, asOf: randomDate(rng, 2023, 2025) }, duration: `P${rng.int(4, 18)}M`, mode: 'online', starts: 'self-paced' },
    requirements,
    externalIds: [{ scheme: 'ob3', id: `urn:uuid:${hex(rng, 8)}-${hex(rng, 4)}-4${hex(rng, 3)}-a${hex(rng, 3)}-${hex(rng, 12)}` }],
  };
  return { unit, info: { id: unit.id, provider: p, subject, parts } };
}
