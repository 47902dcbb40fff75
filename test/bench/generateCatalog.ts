import type { CatalogDocument } from '../../src/model/catalogDocument.js';
import type { Organisation } from '../../src/model/organisation.js';
import type { Recognition } from '../../src/model/recognition.js';
import type { Unit } from '../../src/model/unit.js';
import { GRADE_SCALES, isoDay, leaves, scaleForUnit } from './catalogParts.js';
import { MOOC_ACCREDITOR, generateOrganisations, type ProviderProfile } from './generateOrganisations.js';
import { generateProgram } from './generateProgram.js';
import { generateCourses, generateMicroCredential, minGradeOn, type CoursesBySubject, type MicroCredentialInfo } from './generateUnits.js';
import { platformOffers } from './platformOffers.js';
import { createPrng, type Prng } from './prng.js';

export { generateRecord, type GenerateRecordOptions } from './generateRecord.js';

/** Options of {@link generateCatalog}. */
export interface GenerateCatalogOptions {
  /** Any integer: the same seed and options always give the same catalog. */
  readonly seed: number;
  /** Units other than programs (courses, modules, badges, micro-credentials ...). Default 5,000. */
  readonly units?: number;
  /** Programs (units of kind `degree` or `certificate`). Default 200. */
  readonly programs?: number;
  /** About how many requirement nodes each program has. Default 40. */
  readonly requirementNodes?: number;
  /** The share of `units` that are micro-credentials stacking three to six courses. Default 0.06. */
  readonly microCredentialShare?: number;
}

const RECOGNIZED_CREDITS: Record<string, readonly number[]> = {
  'us-semester': [6, 9, 12, 16], 'us-quarter': [8, 12, 20], ects: [10, 15, 20, 30], 'uk-cats': [30, 45, 60],
};

/**
 * Generates a valid, realistic catalog for benchmarks: about twenty
 * organisations, courses with prerequisites (always naming earlier units, so
 * acyclic), micro-credentials stacking courses, programs of about forty
 * requirement nodes (each section one that units of the catalog can fill,
 * as in a real catalog), and recognitions from micro-credentials to
 * programs.
 * The catalog holds `units + programs` units, in that order.
 *
 * @param options - the seed and sizes
 * @returns the catalog document, deterministic from the options
 *
 * @example
 * ```ts
 * const catalog = generateCatalog({ seed: 1, units: 300, programs: 10 });
 * catalog.units.length; // 310
 * ```
 */
export function generateCatalog(options: GenerateCatalogOptions): CatalogDocument {
  const { seed, units: unitCount = 5000, programs: programCount = 200, requirementNodes = 40, microCredentialShare = 0.06 } = options;
  const rng = createPrng(seed);
  const { organisations, providers } = generateOrganisations(rng.fork('organisations'));
  const orgs = new Map(organisations.map((o) => [o.id, o]));
  const scaleOf = (p: ProviderProfile): string =>
    scaleForUnit({ id: '', kind: 'course', title: '', provider: p.org.id, credits: { value: 1, system: p.system } }, orgs);

  // Courses, provider by provider, lowest level first.
  const mcCount = Math.min(Math.round(unitCount * microCredentialShare), Math.floor(unitCount / 5));
  const shares = distribute(unitCount - mcCount, providers.map((p) => p.weight));
  const courseRng = rng.fork('courses');
  const bySubject = new Map<string, CoursesBySubject>();
  const units: Unit[] = [];
  providers.forEach((p, i) => {
    const generated = generateCourses(courseRng, p, shares[i] ?? 0, scaleOf(p));
    units.push(...generated.units);
    bySubject.set(p.org.id, generated.bySubject);
  });
  const byId = new Map(units.map((u) => [u.id, u]));

  // Micro-credentials stack earlier courses of their provider.
  const mcRng = rng.fork('micro-credentials');
  const stackers = providers.filter((p) => [...(bySubject.get(p.org.id)?.values() ?? [])].flat().length >= 3);
  const platforms = stackers.filter((p) => p.kind === 'platform');
  const microCredentials: MicroCredentialInfo[] = [];
  for (let n = 1; n <= mcCount; n++) {
    const p = platforms.length > 0 && mcRng.chance(0.7) ? mcRng.pick(platforms) : stackers.length > 0 ? mcRng.pick(stackers) : undefined;
    const made = p && generateMicroCredential(mcRng, p, n, bySubject.get(p.org.id) ?? new Map(), byId, scaleOf(p));
    const unit: Unit = made?.unit ?? { id: `EXP-${n}`, kind: 'experience', title: `Work placement ${n}` };
    if (made) microCredentials.push(made.info);
    units.push(unit);
    byId.set(unit.id, unit);
  }

  // Programs of universities, then recognitions toward them.
  const programRng = rng.fork('programs');
  const universities = providers.filter((p) => p.kind === 'university');
  const platformIds = providers.filter((p) => p.kind === 'platform').map((p) => p.org.id);
  const offers = platformOffers(providers, bySubject, byId);
  const recognitions: Recognition[] = [];
  for (let k = 1; k <= programCount; k++) {
    const p = programRng.pick(universities);
    const subjects = bySubject.get(p.org.id) ?? new Map<string, string[]>();
    const subject = subjects.size > 0 ? programRng.pick([...subjects.keys()]) : programRng.pick(p.subjects);
    const scale = scaleOf(p);
    const ctx = {
      rng: programRng, provider: p, bySubject: subjects, microCredentials, platforms: offers, units: byId, scale,
      scaleHasPoints: GRADE_SCALES.some((s) => s.id === scale && s.grades?.some((g) => g.points !== undefined)),
    };
    const program = generateProgram(ctx, `${p.code}-${subject}-PROG-${k}`, subject, requirementNodes);
    units.push(program);
    if (programRng.chance(0.5)) recognitions.push(...recognize(programRng, program, p, microCredentials, byId, orgs, recognitions.length));
  }
  for (const p of universities) {
    if (platformIds.length > 0 && programRng.chance(0.5)) {
      recognitions.push({
        id: `rec-${recognitions.length + 1}`,
        title: `Online courses at ${p.org.name}`,
        institution: p.org.id,
        from: { providers: programRng.sample(platformIds, 2), level: { framework: 'eqf', atLeast: 6 } },
        grants: { credits: { value: programRng.pick(RECOGNIZED_CREDITS[p.system] ?? [10]), system: p.system }, tags: ['transfer'] },
        conditions: { verified: true, issuerAccreditedBy: MOOC_ACCREDITOR },
        limits: { credits: programRng.pick(RECOGNIZED_CREDITS[p.system] ?? [10]) * 2 },
      });
    }
  }

  return {
    id: `credstack-bench-${seed}`,
    name: `Generated benchmark catalog (seed ${seed})`,
    version: '1',
    organisations,
    units,
    recognitions,
    gradeScales: structuredClone([...GRADE_SCALES]),
  };
}

function recognize(
  rng: Prng, program: Unit, p: ProviderProfile, mcs: readonly MicroCredentialInfo[],
  byId: ReadonlyMap<string, Unit>, orgs: ReadonlyMap<string, Organisation>, before: number,
): Recognition[] {
  const subject = program.subjects?.[0];
  const related = mcs.filter((m) => m.subject === subject && m.provider !== p);
  const chosen = rng.sample(related.length > 0 ? related : mcs, rng.int(1, 2));
  const local = leaves(program.requirements).filter((id) => byId.get(id)?.provider === p.org.id);
  return chosen.map((mc, i): Recognition => {
    const mcUnit = byId.get(mc.id);
    const scale = mcUnit ? scaleForUnit(mcUnit, orgs) : 'percent';
    const value = rng.pick(RECOGNIZED_CREDITS[p.system] ?? [10]);
    const grantUnits = rng.sample(local, rng.int(0, 2));
    const accredited = mc.provider.org.accreditations?.some((a) => a.by === MOOC_ACCREDITOR) ?? false;
    return {
      id: `rec-${before + i + 1}`,
      title: `${mcUnit?.title ?? mc.id} toward ${program.title}`,
      institution: p.org.id,
      program: program.id,
      from: { ids: [mc.id] },
      grants: { ...(grantUnits.length > 0 ? { units: grantUnits } : {}), credits: { value, system: p.system }, tags: ['transfer'], subjects: [mc.subject || (subject ?? 'general')] },
      conditions: { minGrade: { scale, grade: minGradeOn(scale, 1) }, earnedWithin: 'P5Y', verified: true, ...(accredited ? { issuerAccreditedBy: MOOC_ACCREDITOR } : {}) },
      limits: { credits: value },
      validFrom: isoDay(rng.int(2018, 2022), rng.int(0, 364)),
      validUntil: isoDay(rng.int(2026, 2030), rng.int(0, 364)),
    };
  });
}

/** Splits `total` into integer shares proportional to `weights`. */
function distribute(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => Math.floor((total * w) / sum));
  let left = total - shares.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % shares.length, left--) shares[i] = (shares[i] ?? 0) + 1;
  return shares;
}
