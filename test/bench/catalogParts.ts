import type { GradeScale } from '../../src/model/gradeScale.js';
import type { Requirement } from '../../src/model/requirement.js';
import type { Organisation } from '../../src/model/organisation.js';
import type { Unit } from '../../src/model/unit.js';
import type { Prng } from './prng.js';

/** Subject codes and names the generated courses draw from. */
export const SUBJECTS: readonly (readonly [code: string, name: string])[] = [
  ['CS', 'Computer Science'], ['MATH', 'Mathematics'], ['STAT', 'Statistics'], ['DS', 'Data Science'],
  ['ECON', 'Economics'], ['BUS', 'Business'], ['SCM', 'Supply Chain Management'], ['ENG', 'English'],
  ['PHYS', 'Physics'], ['BIO', 'Biology'], ['CHEM', 'Chemistry'], ['PSY', 'Psychology'],
  ['HIST', 'History'], ['PHIL', 'Philosophy'], ['EE', 'Electrical Engineering'], ['MKT', 'Marketing'],
  ['FIN', 'Finance'], ['ACCT', 'Accounting'], ['NURS', 'Nursing'], ['EDU', 'Education'],
];

/** Course attributes (`tags`). */
export const TAGS = [
  'writing-intensive', 'quantitative-reasoning', 'lab', 'capstone', 'ethics', 'diversity',
  'project-based', 'honors', 'industry-partnered', 'remedial',
] as const;

/** Competencies courses may teach. */
export const COMPETENCIES = [
  'python', 'sql', 'statistics', 'machine-learning', 'academic-writing', 'leadership',
  'supply-chain-analytics', 'accounting', 'negotiation', 'data-visualisation', 'cloud', 'research-methods',
] as const;

/** Place names for generated organisation names (distinct three-letter prefixes). */
export const PLACES = [
  'Ashford', 'Brookvale', 'Carrow', 'Dunmore', 'Eastwick', 'Fernhill', 'Glenrock', 'Halden', 'Ivybridge',
  'Jarrow', 'Kilbride', 'Lakemont', 'Marston', 'Northam', 'Oakridge', 'Pembury', 'Quenby', 'Redhaven',
  'Silverton', 'Thornbury', 'Upwell', 'Valmont', 'Westerly', 'Yarrow',
] as const;

/** The grade scales every generated catalog carries. */
export const GRADE_SCALES: readonly GradeScale[] = [
  {
    id: 'us-letter',
    name: 'US letter grades',
    grades: [
      { grade: 'A', points: 4 }, { grade: 'A-', points: 3.7 }, { grade: 'B+', points: 3.3 }, { grade: 'B', points: 3 },
      { grade: 'B-', points: 2.7 }, { grade: 'C+', points: 2.3 }, { grade: 'C', points: 2 }, { grade: 'C-', points: 1.7 },
      { grade: 'D', points: 1 }, { grade: 'F', points: 0 },
    ],
    passing: 'D',
    conversions: [
      {
        to: 'ects-grade',
        map: [
          { from: 'A', to: 'A' }, { from: 'A-', to: 'B' }, { from: 'B+', to: 'B' }, { from: 'B', to: 'C' },
          { from: 'B-', to: 'C' }, { from: 'C+', to: 'D' }, { from: 'C', to: 'D' }, { from: 'C-', to: 'E' },
          { from: 'D', to: 'E' }, { from: 'F', to: 'F' },
        ],
      },
    ],
  },
  {
    id: 'ects-grade',
    name: 'ECTS grades',
    grades: [
      { grade: 'A', points: 4 }, { grade: 'B', points: 3.5 }, { grade: 'C', points: 3 }, { grade: 'D', points: 2.5 },
      { grade: 'E', points: 2 }, { grade: 'FX', points: 0 }, { grade: 'F', points: 0 },
    ],
    passing: 'E',
  },
  {
    id: 'percent',
    name: 'Percent',
    range: { min: 0, max: 100 },
    passing: 50,
    conversions: [
      { to: 'us-letter', map: [{ from: 93, to: 'A' }, { from: 85, to: 'B' }, { from: 75, to: 'C' }, { from: 65, to: 'D' }, { from: 0, to: 'F' }] },
    ],
  },
  { id: 'pass-fail', name: 'Pass / fail', grades: [{ grade: 'P' }, { grade: 'F' }], passing: 'P' },
];

/**
 * The grade scale a unit's achievements are graded on, derived from its
 * provider's kind and its credit system, so the catalog and record
 * generators agree without sharing state.
 *
 * @param unit - the unit
 * @param organisations - the catalog's organisations by id
 * @returns a grade scale id of {@link GRADE_SCALES}
 */
export function scaleForUnit(unit: Unit, organisations: ReadonlyMap<string, Organisation>): string {
  const kind = unit.provider === undefined ? undefined : organisations.get(unit.provider)?.kind;
  if (kind === 'employer') return 'pass-fail';
  if (kind === 'platform') return 'percent';
  const system = unit.credits?.system;
  if (system === 'us-semester' || system === 'us-quarter') return 'us-letter';
  if (system === 'ects') return 'ects-grade';
  return 'percent';
}

/**
 * A grade on a scale, skewed toward good grades as real transcripts are.
 *
 * @param rng - the generator
 * @param scale - a scale id of {@link GRADE_SCALES}
 * @returns a grade on that scale
 */
export function randomGrade(rng: Prng, scale: string): string | number {
  if (scale === 'percent') return rng.int(rng.chance(0.05) ? 20 : 55, 100);
  if (scale === 'pass-fail') return rng.chance(0.92) ? 'P' : 'F';
  const grades = GRADE_SCALES.find((s) => s.id === scale)?.grades ?? [];
  // Triangular skew toward the top of the list (grades are listed best first).
  const i = Math.floor(Math.min(rng.next(), rng.next()) * grades.length);
  return grades[i]?.grade ?? 'A';
}

const DAY_MS = 86_400_000;

/**
 * A real calendar date `YYYY-MM-DD`, some days after 1 January of a year.
 *
 * @param year - the base year
 * @param days - days after 1 January of that year
 * @returns the date
 */
export function isoDay(year: number, days: number): string {
  return new Date(Date.UTC(year, 0, 1) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * A random date between two years (both inclusive).
 *
 * @param rng - the generator
 * @param fromYear - the first year
 * @param untilYear - the last year
 * @returns the date
 */
export function randomDate(rng: Prng, fromYear: number, untilYear: number): string {
  return isoDay(fromYear, rng.int(0, (untilYear - fromYear + 1) * 365 - 1));
}

/**
 * The unit ids named by `unit` nodes of a requirement tree.
 *
 * @param node - the root, if any
 * @returns the ids, in tree order
 */
export function leaves(node: Requirement | undefined): string[] {
  if (node === undefined) return [];
  if ('unit' in node) return [node.unit];
  const children = 'all' in node ? node.all : 'any' in node ? node.any : 'of' in node ? node.of : [];
  return children.flatMap(leaves);
}
