import type { Requirement } from '../../src/model/requirement.js';
import type { Unit } from '../../src/model/unit.js';
import type { ProgramContext } from './generateProgram.js';
import { minGradeOn } from './generateUnits.js';
import { ONLINE_LEVEL } from './platformOffers.js';

/** A section generator: a requirement subtree, or undefined when the catalog cannot fill one. */
export type Section = (c: ProgramContext, subject: string) => Requirement | undefined;

const units = (ids: readonly string[]): Requirement[] => ids.map((unit) => ({ unit }));
const courses = (c: ProgramContext, subject: string): string[] => c.bySubject.get(subject) ?? [];
const others = (c: ProgramContext, subject: string): string[] => [...c.bySubject.keys()].filter((s) => s !== subject);
const tagged = (u: Unit | undefined, tag: string): boolean => u?.tags?.includes(tag) ?? false;
const credits = (c: ProgramContext, ids: readonly string[]): number => ids.reduce((sum, id) => sum + (c.units.get(id)?.credits?.value ?? 0), 0);
/** Offered units of the catalog so far that pass a test (composites are earned by stacking, not taken). */
const offered = (c: ProgramContext, test: (u: Unit) => boolean): Unit[] => [...c.units.values()].filter((u) => u.offering !== undefined && !u.requirements && test(u));

/**
 * The optional sections of a program, each a subtree of depth at most
 * three. Each asks only for what units of the catalog can give (a credit
 * minimum the matching courses reach, subjects someone teaches at the
 * level asked, platforms that offer the subjects), so that every generated
 * program can be finished, as a real one can.
 */
export const SECTIONS: readonly Section[] = [
  (c, s) => {
    const pool = c.rng.sample(courses(c, c.rng.pick(others(c, s).concat(s))), 4);
    return pool.length < 3 ? undefined : { title: 'Foundations', atLeast: pool.length - 1, of: units(pool) };
  },
  (c, s) => {
    const [a, b, d] = c.rng.sample(courses(c, s), 3);
    return a && b && d ? { title: 'Methods', any: [{ unit: a }, { all: [{ unit: b }, { unit: d }] }] } : undefined;
  },
  (c, s) => {
    const minimums = [6, 9, 10, 15].filter((m) => m <= credits(c, courses(c, s).filter((id) => / [45]\d\d$/.test(id))));
    return minimums.length === 0 ? undefined : {
      title: 'Upper-division electives',
      select: { patterns: [`${c.provider.code} ${s} 4**`, `${c.provider.code} ${s} 5**`], kinds: ['course'] },
      min: { credits: c.rng.pick(minimums) },
      max: { credits: 20 },
      earnedWithin: 'P7Y',
      maxRecognized: { count: 1 },
    };
  },
  (c, s) => {
    const level = { framework: c.provider.framework, atLeast: c.provider.framework === 'eqf' ? 6 : 200 };
    // By primary subject, as `maxPer` counts them.
    const atLevel = new Set(offered(c, (u) => !tagged(u, 'remedial') && u.level?.framework === level.framework && u.level.value >= level.atLeast).map((u) => u.subjects?.[0]));
    const subjects = c.rng.sample(others(c, s).filter((x) => atLevel.has(x)), 3);
    return subjects.length < 2 ? undefined : {
      title: 'Breadth',
      select: { subjects, tags: { none: ['remedial'] }, level },
      min: { count: subjects.length },
      maxPer: { by: 'subject', count: 1 },
      minDistinct: { by: 'subject', count: subjects.length },
    };
  },
  (c) => {
    const count = c.rng.int(1, 2);
    return offered(c, (u) => tagged(u, 'writing-intensive')).length < count ? undefined : { title: 'Writing overlay', share: true, select: { tags: { any: ['writing-intensive'] } }, min: { count } };
  },
  (c, s) => {
    const picks = c.rng.sample(courses(c, s).concat(courses(c, c.rng.pick(others(c, s).concat(s)))), 6);
    return picks.length < 3 ? undefined : { title: 'Listed electives', select: { ids: picks }, min: { count: 2 }, minGrade: { scale: c.scale, grade: minGradeOn(c.scale, 1) } };
  },
  (c) => {
    const own = [...c.bySubject.values()].flat().filter((id) => !tagged(c.units.get(id), 'remedial'));
    const minimums = [6, 9, 12].filter((m) => m <= credits(c, own));
    return minimums.length === 0 ? undefined : {
      title: 'Free electives',
      select: { patterns: [`${c.provider.code} %`], not: { tags: { any: ['remedial'] } } },
      min: { credits: c.rng.pick(minimums) },
      maxRecognized: { share: 0.5 },
    };
  },
  (c, s) => {
    const pool = c.rng.sample(courses(c, s), 4);
    const project = offered(c, (u) => tagged(u, 'project-based') && (u.subjects?.includes(s) ?? false)).length > 0;
    return pool.length < 2 || !project ? undefined : {
      title: 'Concentration',
      all: [{ atLeast: 2, of: units(pool) }, { select: { subjects: [s], tags: { all: ['project-based'] } }, min: { count: 1 } }],
    };
  },
  (c, s) => {
    const capstones = courses(c, s).filter((id) => / [4-6]\d\d$/.test(id));
    const ownCapstone = [...c.bySubject.values()].flat().some((id) => tagged(c.units.get(id), 'capstone'));
    const select: Requirement = { select: { providers: [c.provider.org.id], tags: { all: ['capstone'] } }, min: { count: 1 } };
    if (capstones.length === 0) return ownCapstone ? { title: 'Capstone', any: [select] } : undefined;
    return { title: 'Capstone', any: [{ unit: c.rng.pick(capstones) }, select] };
  },
  onlineElectives,
  (c, s) => {
    const related = c.microCredentials.filter((m) => m.subject === s);
    const mc = related.length > 0 ? c.rng.pick(related) : c.microCredentials.length > 0 ? c.rng.pick(c.microCredentials) : undefined;
    return mc && { title: 'Pathway', any: [{ unit: mc.id }, { all: units(mc.parts) }], maxRecognized: { credits: 16 } };
  },
];

/** Sections a program may have twice (titles differ by id only). */
export const REPEATABLE: readonly Section[] = [0, 1, 3, 5, 7].map((i) => SECTIONS[i]).filter((s): s is Section => s !== undefined);

/**
 * Two online courses, at most one from each of two platforms, in the
 * program's subject or one the platforms teach; both platforms offer a
 * course in those subjects at the level asked, on the framework their units
 * carry.
 */
function onlineElectives(c: ProgramContext, s: string): Requirement | undefined {
  const taught = [...new Set(c.platforms.flatMap((p) => [...p.subjects]))].filter((x) => x !== s).sort();
  if (taught.length === 0) return undefined;
  const subjects = [s, c.rng.pick(taught)];
  const offering = c.platforms.filter((p) => subjects.some((x) => p.subjects.has(x)));
  const frameworks = (['eqf', 'us-course-level'] as const).filter((f) => offering.filter((p) => p.framework === f).length >= 2);
  if (frameworks.length === 0) return undefined;
  const framework = c.rng.pick(frameworks);
  const providers = c.rng.sample(offering.filter((p) => p.framework === framework).map((p) => p.id), 2);
  return {
    title: 'Online electives',
    select: { providers, kinds: ['course', 'module'], level: { framework, atLeast: ONLINE_LEVEL[framework] }, subjects },
    min: { count: 2 },
    maxPer: { by: 'provider', count: 1 },
    maxRecognized: { share: 0.5 },
  };
}
