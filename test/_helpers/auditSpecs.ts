/**
 * The specs of audit instances for property tests: plain, shrinkable
 * descriptions (indices, symbolic dates) of a catalog, a record and the
 * audit options. `auditArbitraries.ts` builds documents from them.
 */
import fc from 'fast-check';
import type { CatalogDocument } from '../../src/model/catalogDocument.js';
import type { LearnerRecordInput } from '../../src/model/recordDocument.js';
import type { Filter } from '../../src/model/filter.js';
import type { Amounts } from '../../src/model/amounts.js';
import type { Credits } from '../../src/model/credits.js';
import type { AuditOptions } from '../../src/audit/AuditOptions.js';
import { shiftDate } from '../../src/_internal/dates.js';

/** One generated audit call. */
export interface AuditInstance {
  readonly catalog: CatalogDocument;
  readonly record: LearnerRecordInput;
  readonly programId: string;
  readonly options: AuditOptions;
}

// ---------------------------------------------------------------------------
// Symbolic dates, resolved against asOf (boundary days on purpose)

export const AS_OF_CHOICES = ['2024-06-30', '2024-02-29', '2023-01-31'] as const;

export const DATE_KEYS = ['asOf', 'asOf-1d', 'asOf+1d', 'asOf-1y', 'asOf-1y-1d', 'asOf-1y+1d', 'asOf-3y', 'asOf-6y'] as const;
export type DateKey = (typeof DATE_KEYS)[number];
/** Dates strictly before asOf. */
export const PAST_KEYS = ['asOf-1d', 'asOf-1y', 'asOf-1y-1d', 'asOf-1y+1d', 'asOf-3y', 'asOf-6y'] as const;

export function resolveDate(asOf: string, key: DateKey): string {
  switch (key) {
    case 'asOf': return asOf;
    case 'asOf-1d': return shiftDate(asOf, 'P1D', -1);
    case 'asOf+1d': return shiftDate(asOf, 'P1D');
    case 'asOf-1y': return shiftDate(asOf, 'P1Y', -1);
    case 'asOf-1y-1d': return shiftDate(shiftDate(asOf, 'P1Y', -1), 'P1D', -1);
    case 'asOf-1y+1d': return shiftDate(shiftDate(asOf, 'P1Y', -1), 'P1D');
    case 'asOf-3y': return shiftDate(asOf, 'P3Y', -1);
    case 'asOf-6y': return shiftDate(asOf, 'P6Y', -1);
  }
}

export const dateKey = fc.constantFrom(...DATE_KEYS);

/** Mostly absent: `undefined` with weight `absent`, else a value. */
export function rarely<T>(arb: fc.Arbitrary<T>, absent = 4): fc.Arbitrary<T | undefined> {
  return fc.oneof({ weight: absent, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });
}

/** Drops keys whose value is undefined (exactOptionalPropertyTypes). */
export function compact<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return out as { [K in keyof T]: Exclude<T[K], undefined> };
}

// ---------------------------------------------------------------------------
// Catalog pieces

export const COURSE_IDS = ['C1', 'C2', 'C3', 'C4', 'X1', 'X2'] as const;
/** Units an achievement or a unit leaf may name (no programs). */
export const EARNABLE_UNITS = [...COURSE_IDS, 'CERT', 'MC', 'BADGE'] as const;
export const ORG_IDS = ['uni', 'mooc', 'other', 'emc'] as const;
export const LETTERS = ['A', 'B', 'C', 'D', 'F'] as const;

export const creditsArb: fc.Arbitrary<Credits> = fc.record({
  value: fc.constantFrom(0, 1, 2, 3, 4, 6),
  system: fc.constantFrom('us-semester', 'ects'),
});

export const courseSpec = fc.record({
  provider: fc.constantFrom('uni', 'mooc', 'other', undefined),
  credits: fc.option(creditsArb, { nil: undefined, freq: 5 }),
  subjects: fc.subarray(['math', 'cs', 'art']),
  tags: fc.subarray(['wi', 'lab']),
});
export type CourseSpec = typeof courseSpec extends fc.Arbitrary<infer T> ? T : never;

export const compositeSpec = fc.record({
  kind: fc.constantFrom('all', 'atLeast'),
  parts: fc.shuffledSubarray(['C1', 'C2', 'X1', 'X2', 'CERT'], { minLength: 2, maxLength: 3 }),
  provider: fc.constantFrom('uni', 'mooc'),
  credits: fc.option(creditsArb, { nil: undefined }),
  partMinGrade: fc.boolean(),
  /** Whether it stacks only from verified parts. */
  verified: rarely(fc.constant(true as const), 3),
});
export type CompositeSpec = typeof compositeSpec extends fc.Arbitrary<infer T> ? T : never;

export const minGradeArb = fc.oneof(
  fc.record({ scale: fc.constant('letter'), grade: fc.constantFrom('B', 'C') }),
  fc.record({ scale: fc.constant('percent'), grade: fc.constantFrom(70, 80) }),
);

export const qualSpec = fc.record({
  minGrade: rarely(minGradeArb, 6),
  minGpa: rarely(fc.constantFrom(2.5, 3), 8),
  maxPer: rarely(fc.oneof(
    fc.record({ by: fc.constantFrom('subject', 'provider'), count: fc.constant(1) }),
    fc.record({ by: fc.constantFrom('subject', 'provider'), credits: fc.constantFrom(3, 4) }),
  ), 8),
  minDistinct: rarely(fc.record({ by: fc.constantFrom('subject', 'provider'), count: fc.constantFrom(1, 2) }), 8),
  maxRecognized: rarely(fc.oneof(
    fc.record({ credits: fc.constantFrom(0, 4) }),
    fc.record({ count: fc.constantFrom(0, 1) }),
    fc.record({ share: fc.constantFrom(0.5, 1) }),
  ), 6),
  earnedWithin: rarely(fc.constantFrom('P1Y', 'P3Y'), 8),
  earnedBetween: rarely(fc.record({ from: fc.option(dateKey, { nil: undefined }), until: fc.option(dateKey, { nil: undefined }) }), 8),
  verified: rarely(fc.constant(true as const), 8),
});
export type QualSpec = typeof qualSpec extends fc.Arbitrary<infer T> ? T : never;

/** Overlapping filters: most units match several of them. */
export const FILTERS: readonly Filter[] = [
  {},
  { subjects: ['math'] },
  { subjects: ['math', 'cs'] },
  { tags: { any: ['wi'] } },
  { tags: { all: ['wi'], none: ['lab'] } },
  { patterns: ['C*'] },
  { patterns: ['X%'] },
  { providers: ['uni'] },
  { kinds: ['course'] },
  { not: { providers: ['uni'] } },
  { ids: ['C1', 'X1', 'MC'] },
  { kinds: ['micro-credential', 'certification', 'badge'] },
];

export const amountsArb = (credits: readonly number[], counts: readonly number[]): fc.Arbitrary<Amounts> =>
  fc.oneof(
    fc.record({ credits: fc.constantFrom(...credits) }),
    fc.record({ count: fc.constantFrom(...counts) }),
    fc.record({ credits: fc.constantFrom(...credits), count: fc.constantFrom(...counts) }),
  );

export const shareFlag = fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) });

export type NodeSpec =
  | { t: 'unit'; unit: string; q: QualSpec }
  | { t: 'select'; filter: number; min: Amounts | undefined; max: Amounts | undefined; q: QualSpec; share: boolean }
  | { t: 'all' | 'any' | 'atLeast'; children: NodeSpec[]; k: number; min: Amounts | undefined; q: QualSpec; share: boolean };

export const unitLeaf: fc.Arbitrary<NodeSpec> = fc.record({ t: fc.constant('unit' as const), unit: fc.constantFrom(...EARNABLE_UNITS), q: qualSpec });
export const selectLeaf: fc.Arbitrary<NodeSpec> = fc.record({
  t: fc.constant('select' as const),
  filter: fc.nat({ max: FILTERS.length - 1 }),
  min: fc.option(amountsArb([2, 4, 6], [1, 2]), { nil: undefined, freq: 4 }),
  max: rarely(amountsArb([3, 4, 6], [1, 2]), 2),
  q: qualSpec,
  share: shareFlag,
});

export const nodeSpec: fc.Arbitrary<NodeSpec> = fc.letrec<{ node: NodeSpec; inner: NodeSpec; leaf: NodeSpec }>((tie) => ({
  node: fc.oneof({ maxDepth: 2, depthIdentifier: 'requirement' }, tie('leaf'), tie('inner')),
  leaf: fc.oneof(unitLeaf, selectLeaf),
  inner: fc.record({
    t: fc.constantFrom('all' as const, 'any' as const, 'atLeast' as const),
    children: fc.array(tie('node'), { minLength: 1, maxLength: 3, depthIdentifier: 'requirement' }),
    k: fc.nat({ max: 3 }),
    min: rarely(fc.record({ credits: fc.constantFrom(4, 8) }), 6),
    q: qualSpec,
    share: shareFlag,
  }),
})).node;

export const rootSpec = fc.record({
  t: fc.constantFrom('all' as const, 'any' as const, 'atLeast' as const),
  children: fc.array(nodeSpec, { minLength: 1, maxLength: 4 }),
  k: fc.nat({ max: 3 }),
  min: rarely(fc.record({ credits: fc.constantFrom(4, 8) }), 6),
  q: qualSpec,
  share: fc.constant(false),
  /** An extra writing overlay at the root. */
  overlay: fc.boolean(),
});

export const policiesSpec = fc.record({
  creditSystem: fc.constantFrom('us-semester', 'ects', undefined),
  totalCredits: rarely(fc.constantFrom(4, 8, 12), 2),
  residency: rarely(fc.oneof(fc.record({ credits: fc.constantFrom(2, 4) }), fc.record({ share: fc.constantFrom(0.5, 0.75) })), 3),
  maxRecognized: rarely(fc.oneof(fc.record({ credits: fc.constantFrom(0, 4) }), fc.record({ share: fc.constantFrom(0.25, 0.5) })), 3),
  timeLimit: rarely(fc.constantFrom('P2Y', 'P5Y'), 3),
  minGpa: rarely(fc.constantFrom(2, 3), 3),
  retakes: rarely(fc.constantFrom('best' as const, 'latest' as const, 'first' as const), 2),
});

export const recognitionSpec = fc.record({
  /** 0: credit for MC/mooc work; 1: a course counted as local units. */
  shape: fc.constantFrom(0, 1),
  from: fc.nat({ max: 2 }),
  creditsValue: fc.constantFrom(2, 4, 8),
  creditsSystem: fc.constantFrom('us-semester', 'ects'),
  withCredits: fc.boolean(),
  tags: fc.option(fc.constantFrom(['wi'], ['wi', 'lab']), { nil: undefined }),
  subjects: fc.option(fc.constantFrom(['cs'], ['math', 'art']), { nil: undefined }),
  toProgram: fc.boolean(),
  conditions: rarely(fc.record({
    minGrade: fc.option(minGradeArb, { nil: undefined }),
    earnedWithin: fc.option(fc.constantFrom('P1Y', 'P2Y'), { nil: undefined }),
    verified: fc.option(fc.boolean(), { nil: undefined }),
    issuerAccreditedBy: fc.option(fc.constant('emc'), { nil: undefined }),
  }), 1),
  limits: rarely(fc.oneof(fc.record({ credits: fc.constantFrom(4, 8) }), fc.record({ count: fc.constantFrom(1, 2) })), 1),
  validFrom: rarely(dateKey, 2),
  validUntil: rarely(dateKey, 2),
});
export type RecognitionSpec = typeof recognitionSpec extends fc.Arbitrary<infer T> ? T : never;

export const catalogSpec = fc.record({
  courses: fc.tuple(courseSpec, courseSpec, courseSpec, courseSpec, courseSpec, courseSpec),
  mc: compositeSpec,
  /** Whether BADGE stacks on MC (a composite of a composite). */
  badge: fc.boolean(),
  certValidity: fc.constantFrom('P1Y', 'P2Y'),
  moocAccredited: rarely(fc.record({ from: fc.option(dateKey, { nil: undefined }), until: fc.option(dateKey, { nil: undefined }) }), 1),
  programCredits: fc.boolean(),
  tree: rootSpec,
  policies: rarely(policiesSpec, 1),
  recognitions: fc.array(recognitionSpec, { maxLength: 2 }),
});
export type CatalogSpec = typeof catalogSpec extends fc.Arbitrary<infer T> ? T : never;

// ---------------------------------------------------------------------------
// Record pieces

export const gradeSpec = fc.oneof(
  fc.record({ scale: fc.constant('letter'), value: fc.constantFrom<string | number>(...LETTERS) }),
  fc.record({ scale: fc.constant('percent'), value: fc.constantFrom<string | number>(95, 85, 75, 65, 60, 55) }),
);

export const achievementSpec = fc.record({
  /** Index into EARNABLE_UNITS, or past it: P (a program), a known external id, an unknown one. */
  unit: fc.nat({ max: EARNABLE_UNITS.length + 2 }),
  status: fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom('completed' as const, undefined) },
    { weight: 5, arbitrary: fc.constantFrom('in-progress' as const, 'planned' as const, 'failed' as const, 'withdrawn' as const) },
  ),
  earnedOn: fc.option(dateKey, { nil: undefined, freq: 8 }),
  expiresOn: rarely(fc.constantFrom<DateKey>('asOf', 'asOf+1d', 'asOf-1d'), 3),
  grade: fc.option(gradeSpec, { nil: undefined, freq: 2 }),
  credits: rarely(creditsArb, 6),
  issuer: rarely(fc.constantFrom(...ORG_IDS), 3),
  verified: fc.option(fc.oneof(fc.boolean(), fc.constant({ method: 'transcript' })), { nil: undefined }),
});
export type AchievementSpec = typeof achievementSpec extends fc.Arbitrary<infer T> ? T : never;

export const exceptionSpec = fc.record({
  kind: fc.constantFrom('waive', 'substitute', 'pin', 'exclude', 'credit'),
  achievement: fc.nat(),
  node: fc.nat(),
  scope: fc.constantFrom('all', 'all', 'P', 'Q'),
  credits: creditsArb,
});
export type ExceptionSpec = typeof exceptionSpec extends fc.Arbitrary<infer T> ? T : never;

export const recordSpec = fc.record({
  achievements: fc.array(achievementSpec, { maxLength: 8 }),
  exceptions: fc.array(exceptionSpec, { maxLength: 3 }),
});
export type RecordSpec = typeof recordSpec extends fc.Arbitrary<infer T> ? T : never;

export const optionsSpec = fc.record({
  asOf: fc.constantFrom(...AS_OF_CHOICES),
  include: fc.option(fc.subarray(['in-progress', 'planned'] as ('in-progress' | 'planned')[]), { nil: undefined }),
});
export type OptionsSpec = typeof optionsSpec extends fc.Arbitrary<infer T> ? T : never;

/** Everything about one instance, before it is built. */
export interface AuditInstanceSpec {
  readonly catalog: CatalogSpec;
  readonly record: RecordSpec;
  readonly options: OptionsSpec;
}

export const auditInstanceSpecArb: fc.Arbitrary<AuditInstanceSpec> = fc.record({ catalog: catalogSpec, record: recordSpec, options: optionsSpec });
