import type { Unit } from '../../src/model/unit.js';
import type { Requirement } from '../../src/model/requirement.js';
import type { Policies } from '../../src/model/policies.js';
import { SUBJECTS } from './catalogParts.js';
import type { ProviderProfile } from './generateOrganisations.js';
import { minGradeOn, type CoursesBySubject, type MicroCredentialInfo } from './generateUnits.js';
import type { PlatformOffer } from './platformOffers.js';
import { REPEATABLE, SECTIONS } from './programSections.js';
import type { Prng } from './prng.js';

/** What a program generator may draw on. */
export interface ProgramContext {
  readonly rng: Prng;
  readonly provider: ProviderProfile;
  /** The provider's courses by subject. */
  readonly bySubject: CoursesBySubject;
  /** Every micro-credential of the catalog. */
  readonly microCredentials: readonly MicroCredentialInfo[];
  /** The platforms and what they offer online electives in. */
  readonly platforms: readonly PlatformOffer[];
  /** The catalog's units so far, by id. */
  readonly units: ReadonlyMap<string, Unit>;
  /** The grade scale of the provider's units. */
  readonly scale: string;
  /** Whether that scale has grade points (so a minimum GPA means something). */
  readonly scaleHasPoints: boolean;
}

const SUBJECT_NAMES = new Map(SUBJECTS);
const TOTALS: Record<string, { degree: readonly number[]; certificate: readonly number[] }> = {
  'us-semester': { degree: [30, 36, 120], certificate: [12, 15, 18] },
  'us-quarter': { degree: [45, 180], certificate: [20, 24] },
  ects: { degree: [60, 90, 120, 180], certificate: [15, 30] },
  'uk-cats': { degree: [180, 360], certificate: [60] },
};

const units = (ids: readonly string[]): Requirement[] => ids.map((unit) => ({ unit }));
const courses = (c: ProgramContext, subject: string): string[] => c.bySubject.get(subject) ?? [];

/**
 * Generates a program: a degree or certificate of one university, with about
 * `nodes` requirement nodes nested at most four deep, qualifiers and
 * policies. Every unit it names comes earlier in the catalog, and units
 * of the catalog can fill each of its sections.
 *
 * @param c - what it may draw on
 * @param id - the program's id
 * @param subject - its main subject (one the provider teaches)
 * @param nodes - about how many requirement nodes
 * @returns the program unit
 */
export function generateProgram(c: ProgramContext, id: string, subject: string, nodes: number): Unit {
  const { rng, provider } = c;
  const kind = rng.chance(0.6) ? 'degree' : 'certificate';
  const core = rng.sample(courses(c, subject), rng.int(6, 10));
  const sections: Requirement[] = core.length > 0 ? [{ title: 'Core', all: units(core), ...(rng.chance(0.5) ? { minGrade: { scale: c.scale, grade: minGradeOn(c.scale, 0) } } : {}) }] : [];
  let count = 1 + (core.length > 0 ? core.length + 1 : 0);
  // Every section once, then repeatable ones (another concentration, more electives) until the budget is met.
  for (const section of [...rng.shuffle(SECTIONS), ...rng.shuffle(REPEATABLE)]) {
    if (count >= nodes) break;
    const node = section(c, subject);
    if (node !== undefined) {
      sections.push(node);
      count += countNodes(node);
    }
  }
  const named = sections.map((node, i) => ({ id: `s${i + 1}`, ...node }));
  const totals = TOTALS[provider.system] ?? TOTALS['ects'];
  const total = rng.pick(totals?.[kind] ?? [30]);
  const policies: Policies = {
    creditSystem: provider.system,
    totalCredits: total,
    ...(rng.chance(0.8) ? { residency: rng.chance(0.5) ? { credits: Math.round(total / 2) } : { share: 0.5 } } : {}),
    ...(rng.chance(0.7) ? { maxRecognized: rng.chance(0.5) ? { share: 0.25 } : { credits: Math.round(total / 4) } } : {}),
    ...(rng.chance(0.6) ? { timeLimit: rng.pick(['P5Y', 'P6Y', 'P7Y']) } : {}),
    ...(c.scaleHasPoints && rng.chance(0.7) ? { minGpa: rng.pick([2, 2.5, 3]) } : {}),
  };
  const name = SUBJECT_NAMES.get(subject) ?? subject;
  return {
    id,
    kind,
    title: kind === 'degree' ? `${rng.pick(['MS', 'MSc', 'MA', 'BS'])} in ${name}` : `Graduate Certificate in ${name}`,
    provider: provider.org.id,
    credits: { value: total, system: provider.system },
    subjects: [subject],
    offering: { duration: kind === 'degree' ? rng.pick(['P1Y', 'P2Y', 'P4Y']) : rng.pick(['P6M', 'P9M']), mode: rng.pick(['on-campus', 'blended', 'online'] as const) },
    requirements: { id: 'root', title: `${name} requirements`, all: named },
    policies,
  };
}

/**
 * Counts the nodes of a requirement tree.
 *
 * @param node - the root
 * @returns how many nodes, the root included
 */
export function countNodes(node: Requirement): number {
  const children = 'all' in node ? node.all : 'any' in node ? node.any : 'of' in node ? node.of : [];
  return 1 + children.reduce((sum, child) => sum + countNodes(child), 0);
}
