/**
 * Arbitraries for property tests of the audit as a whole (laws L2, L3, L4,
 * L7 and the audit fuzz tests): small but hard (catalog, record, program,
 * asOf) instances, valid by construction.
 *
 * Everything is generated as a plain "spec" (indices, symbolic dates) and
 * then built, so that fast-check shrinks every part independently and the
 * built documents always reference ids that exist.
 */
import fc from 'fast-check';
import type { CatalogDocument } from '../../src/model/catalogDocument.js';
import type { LearnerRecordInput } from '../../src/model/recordDocument.js';
import type { AchievementInput } from '../../src/model/achievement.js';
import type { Exception } from '../../src/model/exception.js';
import type { Requirement } from '../../src/model/requirement.js';
import type { Filter } from '../../src/model/filter.js';
import type { Unit } from '../../src/model/unit.js';
import type { Recognition } from '../../src/model/recognition.js';
import type { Policies } from '../../src/model/policies.js';
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

const DATE_KEYS = ['asOf', 'asOf-1d', 'asOf+1d', 'asOf-1y', 'asOf-1y-1d', 'asOf-1y+1d', 'asOf-3y', 'asOf-6y'] as const;
type DateKey = (typeof DATE_KEYS)[number];
/** Dates strictly before asOf. */
const PAST_KEYS = ['asOf-1d', 'asOf-1y', 'asOf-1y-1d', 'asOf-1y+1d', 'asOf-3y', 'asOf-6y'] as const;

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

const dateKey = fc.constantFrom(...DATE_KEYS);

/** Mostly absent: `undefined` with weight `absent`, else a value. */
function rarely<T>(arb: fc.Arbitrary<T>, absent = 4): fc.Arbitrary<T | undefined> {
  return fc.oneof({ weight: absent, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });
}

/** Drops keys whose value is undefined (exactOptionalPropertyTypes). */
function compact<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return out as { [K in keyof T]: Exclude<T[K], undefined> };
}

// ---------------------------------------------------------------------------
// Catalog pieces

export const COURSE_IDS = ['C1', 'C2', 'C3', 'C4', 'X1', 'X2'] as const;
/** Units an achievement or a unit leaf may name (no programs). */
export const EARNABLE_UNITS = [...COURSE_IDS, 'CERT', 'MC', 'BADGE'] as const;
const ORG_IDS = ['uni', 'mooc', 'other', 'emc'] as const;
const LETTERS = ['A', 'B', 'C', 'D', 'F'] as const;

const creditsArb: fc.Arbitrary<Credits> = fc.record({
  value: fc.constantFrom(0, 1, 2, 3, 4, 6),
  system: fc.constantFrom('us-semester', 'ects'),
});

const courseSpec = fc.record({
  provider: fc.constantFrom('uni', 'mooc', 'other', undefined),
  credits: fc.option(creditsArb, { nil: undefined, freq: 5 }),
  subjects: fc.subarray(['math', 'cs', 'art']),
  tags: fc.subarray(['wi', 'lab']),
});
type CourseSpec = typeof courseSpec extends fc.Arbitrary<infer T> ? T : never;

const compositeSpec = fc.record({
  kind: fc.constantFrom('all', 'atLeast'),
  parts: fc.shuffledSubarray(['C1', 'C2', 'X1', 'X2', 'CERT'], { minLength: 2, maxLength: 3 }),
  provider: fc.constantFrom('uni', 'mooc'),
  credits: fc.option(creditsArb, { nil: undefined }),
  partMinGrade: fc.boolean(),
});
type CompositeSpec = typeof compositeSpec extends fc.Arbitrary<infer T> ? T : never;

const minGradeArb = fc.oneof(
  fc.record({ scale: fc.constant('letter'), grade: fc.constantFrom('B', 'C') }),
  fc.record({ scale: fc.constant('percent'), grade: fc.constantFrom(70, 80) }),
);

const qualSpec = fc.record({
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
});
type QualSpec = typeof qualSpec extends fc.Arbitrary<infer T> ? T : never;

/** Overlapping filters: most units match several of them. */
const FILTERS: readonly Filter[] = [
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

const amountsArb = (credits: readonly number[], counts: readonly number[]): fc.Arbitrary<Amounts> =>
  fc.oneof(
    fc.record({ credits: fc.constantFrom(...credits) }),
    fc.record({ count: fc.constantFrom(...counts) }),
    fc.record({ credits: fc.constantFrom(...credits), count: fc.constantFrom(...counts) }),
  );

const shareFlag = fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) });

type NodeSpec =
  | { t: 'unit'; unit: string; q: QualSpec }
  | { t: 'select'; filter: number; min: Amounts | undefined; max: Amounts | undefined; q: QualSpec; share: boolean }
  | { t: 'all' | 'any' | 'atLeast'; children: NodeSpec[]; k: number; min: Amounts | undefined; q: QualSpec; share: boolean };

const unitLeaf: fc.Arbitrary<NodeSpec> = fc.record({ t: fc.constant('unit' as const), unit: fc.constantFrom(...EARNABLE_UNITS), q: qualSpec });
const selectLeaf: fc.Arbitrary<NodeSpec> = fc.record({
  t: fc.constant('select' as const),
  filter: fc.nat({ max: FILTERS.length - 1 }),
  min: fc.option(amountsArb([2, 4, 6], [1, 2]), { nil: undefined, freq: 4 }),
  max: rarely(amountsArb([3, 4, 6], [1, 2]), 2),
  q: qualSpec,
  share: shareFlag,
});

const nodeSpec: fc.Arbitrary<NodeSpec> = fc.letrec<{ node: NodeSpec; inner: NodeSpec; leaf: NodeSpec }>((tie) => ({
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

const rootSpec = fc.record({
  t: fc.constantFrom('all' as const, 'any' as const, 'atLeast' as const),
  children: fc.array(nodeSpec, { minLength: 1, maxLength: 4 }),
  k: fc.nat({ max: 3 }),
  min: rarely(fc.record({ credits: fc.constantFrom(4, 8) }), 6),
  q: qualSpec,
  share: fc.constant(false),
  /** An extra writing overlay at the root. */
  overlay: fc.boolean(),
});

const policiesSpec = fc.record({
  creditSystem: fc.constantFrom('us-semester', 'ects', undefined),
  totalCredits: rarely(fc.constantFrom(4, 8, 12), 2),
  residency: rarely(fc.oneof(fc.record({ credits: fc.constantFrom(2, 4) }), fc.record({ share: fc.constantFrom(0.5, 0.75) })), 3),
  maxRecognized: rarely(fc.oneof(fc.record({ credits: fc.constantFrom(0, 4) }), fc.record({ share: fc.constantFrom(0.25, 0.5) })), 3),
  timeLimit: rarely(fc.constantFrom('P2Y', 'P5Y'), 3),
  minGpa: rarely(fc.constantFrom(2, 3), 3),
});

const recognitionSpec = fc.record({
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
type RecognitionSpec = typeof recognitionSpec extends fc.Arbitrary<infer T> ? T : never;

const catalogSpec = fc.record({
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
type CatalogSpec = typeof catalogSpec extends fc.Arbitrary<infer T> ? T : never;

// ---------------------------------------------------------------------------
// Record pieces

const gradeSpec = fc.oneof(
  fc.record({ scale: fc.constant('letter'), value: fc.constantFrom<string | number>(...LETTERS) }),
  fc.record({ scale: fc.constant('percent'), value: fc.constantFrom<string | number>(95, 85, 75, 65, 60, 55) }),
);

const achievementSpec = fc.record({
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
type AchievementSpec = typeof achievementSpec extends fc.Arbitrary<infer T> ? T : never;

const exceptionSpec = fc.record({
  kind: fc.constantFrom('waive', 'substitute', 'pin', 'exclude', 'credit'),
  achievement: fc.nat(),
  node: fc.nat(),
  scope: fc.constantFrom('all', 'all', 'P', 'Q'),
  credits: creditsArb,
});
type ExceptionSpec = typeof exceptionSpec extends fc.Arbitrary<infer T> ? T : never;

const recordSpec = fc.record({
  achievements: fc.array(achievementSpec, { maxLength: 8 }),
  exceptions: fc.array(exceptionSpec, { maxLength: 3 }),
});
type RecordSpec = typeof recordSpec extends fc.Arbitrary<infer T> ? T : never;

const optionsSpec = fc.record({
  asOf: fc.constantFrom(...AS_OF_CHOICES),
  include: fc.option(fc.subarray(['in-progress', 'planned'] as ('in-progress' | 'planned')[]), { nil: undefined }),
});
type OptionsSpec = typeof optionsSpec extends fc.Arbitrary<infer T> ? T : never;

/** Everything about one instance, before it is built. */
export interface AuditInstanceSpec {
  readonly catalog: CatalogSpec;
  readonly record: RecordSpec;
  readonly options: OptionsSpec;
}

export const auditInstanceSpecArb: fc.Arbitrary<AuditInstanceSpec> = fc.record({ catalog: catalogSpec, record: recordSpec, options: optionsSpec });

// ---------------------------------------------------------------------------
// Building

function buildCourse(id: string, spec: CourseSpec, index: number): Unit {
  return compact({
    id,
    kind: id === 'X2' ? ('module' as const) : ('course' as const),
    title: `Course ${id}`,
    provider: spec.provider,
    credits: spec.credits,
    subjects: spec.subjects.length > 0 ? spec.subjects : undefined,
    tags: spec.tags.length > 0 ? spec.tags : undefined,
    externalIds: id === 'X1' ? [{ scheme: 'ob3', id: 'x1' }] : undefined,
    level: { framework: 'course', value: 100 * (index + 1) },
  }) as Unit;
}

function buildComposite(spec: CompositeSpec): Unit {
  const parts: Requirement[] = spec.parts.map((unit, i) => compact({ id: `mc-${i + 1}`, unit, minGrade: spec.partMinGrade && i === 0 ? { scale: 'letter', grade: 'C' } : undefined }) as Requirement);
  const requirements: Requirement = spec.kind === 'all' ? { id: 'mc', all: parts } : { id: 'mc', atLeast: parts.length - 1, of: parts };
  return compact({ id: 'MC', kind: 'micro-credential' as const, title: 'Micro-credential', provider: spec.provider, credits: spec.credits, subjects: ['cs'], requirements }) as Unit;
}

function buildQualifiers(q: QualSpec, asOf: string): Record<string, unknown> {
  let earnedBetween: { from?: string; until?: string } | undefined;
  if (q.earnedBetween) {
    const from = q.earnedBetween.from && resolveDate(asOf, q.earnedBetween.from);
    const until = q.earnedBetween.until && resolveDate(asOf, q.earnedBetween.until);
    const [a, b] = from !== undefined && until !== undefined && from > until ? [until, from] : [from, until];
    earnedBetween = compact({ from: a, until: b });
  }
  return compact({ ...q, earnedBetween });
}

function buildNode(spec: NodeSpec, asOf: string, ids: { next: number }): Requirement {
  const id = `n${ids.next++}`;
  const q = buildQualifiers(spec.q, asOf);
  switch (spec.t) {
    case 'unit':
      return { id, unit: spec.unit, ...q } as Requirement;
    case 'select':
      return compact({ id, select: FILTERS[spec.filter]!, min: spec.min, max: spec.max, share: spec.share || undefined, ...q }) as Requirement;
    default: {
      const children = spec.children.map((c) => buildNode(c, asOf, ids));
      const base = compact({ id, min: spec.min, share: spec.share || undefined, ...q });
      if (spec.t === 'all') return { ...base, all: children } as Requirement;
      if (spec.t === 'any') return { ...base, any: children } as Requirement;
      return { ...base, atLeast: spec.k % (children.length + 1), of: children } as Requirement;
    }
  }
}

function buildRecognition(spec: RecognitionSpec, index: number, asOf: string): Recognition {
  const id = `r${index + 1}`;
  const from: Filter = spec.shape === 0 ? [{ ids: ['MC'] }, { providers: ['mooc'] }, { patterns: ['X*'] }][spec.from]! : [{ ids: ['X1'] }, { ids: ['X1', 'X2'] }, { ids: ['CERT'] }][spec.from]!;
  const credits: Credits = { value: spec.creditsValue, system: spec.creditsSystem };
  const grants =
    spec.shape === 0
      ? compact({ credits, tags: spec.tags, subjects: spec.subjects })
      : compact({ units: spec.from === 1 ? ['C2', 'C3'] : ['C2'], credits: spec.withCredits ? credits : undefined });
  let validFrom = spec.validFrom && resolveDate(asOf, spec.validFrom);
  let validUntil = spec.validUntil && resolveDate(asOf, spec.validUntil);
  if (validFrom !== undefined && validUntil !== undefined && validFrom > validUntil) [validFrom, validUntil] = [validUntil, validFrom];
  return compact({
    id,
    institution: 'uni',
    program: spec.toProgram ? 'P' : undefined,
    from,
    grants,
    conditions: spec.conditions && compact(spec.conditions),
    limits: spec.limits,
    validFrom,
    validUntil,
  }) as Recognition;
}

function buildCatalog(spec: CatalogSpec, asOf: string): { catalog: CatalogDocument; nodeIds: string[] } {
  const ids = { next: 0 };
  const root = buildNode({ ...spec.tree, share: false }, asOf, ids) as Requirement & { all?: Requirement[]; any?: Requirement[]; of?: Requirement[] };
  if (spec.tree.overlay) {
    const overlay: Requirement = { id: 'wi', title: 'Two writing-intensive', share: true, select: { tags: { any: ['wi'] } }, min: { count: 2 } };
    (root.all ?? root.any ?? root.of)!.push(overlay);
  }
  const nodeIds = [...Array(ids.next).keys()].map((i) => `n${i}`).concat(spec.tree.overlay ? ['wi'] : []);
  const policies: Policies | undefined = spec.policies && compact(spec.policies);
  const units: Unit[] = [
    ...COURSE_IDS.map((id, i) => buildCourse(id, spec.courses[i]!, i)),
    { id: 'CERT', kind: 'certification', title: 'Certification', provider: 'other', credits: { value: 2, system: 'us-semester' }, subjects: ['art'], validity: spec.certValidity },
    buildComposite(spec.mc),
    { id: 'BADGE', kind: 'badge', title: 'Badge', provider: 'mooc', requirements: { id: 'b', atLeast: 1, of: [...(spec.badge ? [{ id: 'b-1', unit: 'MC' }] : []), { id: 'b-2', unit: 'C3' }, { id: 'b-3', unit: 'X2' }] } },
    compact({
      id: 'P',
      kind: 'degree' as const,
      title: 'Program',
      provider: 'uni',
      credits: spec.programCredits ? { value: 12, system: 'us-semester' } : undefined,
      requirements: root,
      policies: policies && Object.keys(policies).length > 0 ? policies : undefined,
    }) as Unit,
    { id: 'Q', kind: 'certificate', title: 'Other program', provider: 'uni', requirements: { id: 'q0', any: [{ id: 'q1', unit: 'C1' }] } },
  ];
  const accreditation = spec.moocAccredited && (() => {
    let from = spec.moocAccredited.from && resolveDate(asOf, spec.moocAccredited.from);
    let until = spec.moocAccredited.until && resolveDate(asOf, spec.moocAccredited.until);
    if (from !== undefined && until !== undefined && from > until) [from, until] = [until, from];
    return compact({ by: 'emc', from, until });
  })();
  const catalog: CatalogDocument = {
    organisations: [
      { id: 'uni', name: 'University', kind: 'university' },
      compact({ id: 'mooc', name: 'MOOC platform', kind: 'platform' as const, accreditations: accreditation ? [accreditation] : undefined }),
      { id: 'other', name: 'Other body', kind: 'employer' },
      { id: 'emc', name: 'European MOOC Consortium', kind: 'consortium' },
    ],
    gradeScales: [
      { id: 'letter', grades: [{ grade: 'A', points: 4 }, { grade: 'B', points: 3 }, { grade: 'C', points: 2 }, { grade: 'D', points: 1 }, { grade: 'F', points: 0 }], passing: 'D' },
      { id: 'percent', range: { min: 0, max: 100 }, passing: 60, conversions: [{ to: 'letter', map: [{ from: 90, to: 'A' }, { from: 80, to: 'B' }, { from: 70, to: 'C' }, { from: 60, to: 'D' }] }] },
    ],
    units,
    recognitions: spec.recognitions.map((r, i) => buildRecognition(r, i, asOf)),
  };
  return { catalog, nodeIds };
}

const UNIT_CHOICES: readonly ({ unit: string } | { externalId: { scheme: string; id: string } })[] = [
  ...EARNABLE_UNITS.map((unit) => ({ unit })),
  { unit: 'P' },
  { externalId: { scheme: 'ob3', id: 'x1' } },
  { externalId: { scheme: 'ob3', id: 'nobody' } },
];

function buildAchievement(spec: AchievementSpec, index: number, asOf: string): AchievementInput {
  const status = spec.status;
  const completed = status === undefined || status === 'completed';
  const earnedOn = spec.earnedOn === undefined ? (completed ? asOf : undefined) : resolveDate(asOf, spec.earnedOn);
  let expiresOn = spec.expiresOn && resolveDate(asOf, spec.expiresOn);
  if (expiresOn !== undefined && earnedOn !== undefined && expiresOn < earnedOn) expiresOn = earnedOn;
  return compact({
    id: `a${index}`,
    ...UNIT_CHOICES[spec.unit % UNIT_CHOICES.length]!,
    status,
    earnedOn,
    expiresOn,
    grade: spec.grade,
    credits: spec.credits,
    issuer: spec.issuer,
    verified: spec.verified,
  }) as AchievementInput;
}

function buildException(spec: ExceptionSpec, index: number, achievementIds: readonly string[], nodeIds: readonly string[]): Exception | undefined {
  const common = { id: `x${index}`, reason: 'advisor decision', author: 'advisor@uni', ...(spec.scope !== 'all' && { program: spec.scope }) };
  const requirement = spec.scope === 'Q' ? 'q1' : nodeIds[spec.node % nodeIds.length]!;
  const achievement = achievementIds[spec.achievement % Math.max(1, achievementIds.length)];
  if (spec.kind === 'waive') return { ...common, kind: 'waive', requirement };
  if (achievement === undefined) return undefined;
  switch (spec.kind) {
    case 'substitute': return { ...common, kind: 'substitute', achievement, requirement };
    case 'pin': return { ...common, kind: 'pin', achievement, requirement };
    case 'exclude': return { ...common, kind: 'exclude', achievement };
    default: return { ...common, kind: 'credit', achievement, credits: spec.credits };
  }
}

/** Builds the documents a spec describes. */
export function buildInstance(spec: AuditInstanceSpec): AuditInstance {
  const asOf = spec.options.asOf;
  const { catalog, nodeIds } = buildCatalog(spec.catalog, asOf);
  const achievements = spec.record.achievements.map((a, i) => buildAchievement(a, i, asOf));
  const ids = achievements.map((a) => a.id);
  const exceptions = spec.record.exceptions.map((e, i) => buildException(e, i, ids, nodeIds)).filter((e): e is Exception => e !== undefined);
  const record: LearnerRecordInput = { learner: { id: 'learner' }, achievements, ...(exceptions.length > 0 && { exceptions }) };
  const options: AuditOptions = { asOf, ...(spec.options.include !== undefined && { include: spec.options.include }) };
  return { catalog, record, programId: 'P', options };
}

/** Valid, small, hard audit instances. */
export const auditInstanceArb: fc.Arbitrary<AuditInstance> = auditInstanceSpecArb.map(buildInstance);

// ---------------------------------------------------------------------------
// One more eligible achievement (law L3)

const extraSpec = fc.record({
  /** Composites often: holding one changes what is inferred. */
  unit: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...EARNABLE_UNITS) }, { weight: 1, arbitrary: fc.constantFrom('MC', 'BADGE') }),
  earnedOn: fc.constantFrom(...PAST_KEYS),
  grade: fc.option(fc.oneof(
    fc.record({ scale: fc.constant('letter'), value: fc.constantFrom<string | number>('A', 'B', 'C', 'D') }),
    fc.record({ scale: fc.constant('percent'), value: fc.constantFrom<string | number>(95, 85, 75, 65, 60) }),
  ), { nil: undefined, freq: 3 }),
  verified: fc.option(fc.boolean(), { nil: undefined }),
  issuer: rarely(fc.constantFrom(...ORG_IDS), 3),
});
export type ExtraAchievementSpec = typeof extraSpec extends fc.Arbitrary<infer T> ? T : never;
export const extraAchievementSpecArb: fc.Arbitrary<ExtraAchievementSpec> = extraSpec;

/**
 * A completed achievement of a catalog unit, earned before asOf with a
 * passing grade (or none), not expired by asOf (its unit's validity
 * included), with a fresh id.
 */
export function buildExtraAchievement(spec: ExtraAchievementSpec, instance: AuditInstance): AchievementInput {
  const asOf = instance.options.asOf!;
  let earnedOn = resolveDate(asOf, spec.earnedOn);
  const validity = instance.catalog.units.find((u) => u.id === spec.unit)?.validity;
  if (validity !== undefined && shiftDate(earnedOn, validity) <= asOf) earnedOn = resolveDate(asOf, 'asOf-1d');
  return compact({ id: 'extra', unit: spec.unit, status: 'completed' as const, earnedOn, grade: spec.grade, verified: spec.verified, issuer: spec.issuer }) as AchievementInput;
}

/** The instance with one more achievement at the end of the record. */
export function withAchievement(instance: AuditInstance, achievement: AchievementInput): AuditInstance {
  return { ...instance, record: { ...instance.record, achievements: [...instance.record.achievements, achievement] } };
}

// ---------------------------------------------------------------------------
// Shuffling (law L2)

/** A small seeded PRNG (mulberry32), so a shuffle is reproducible from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function shuffleTree(node: Requirement, random: () => number): Requirement {
  if ('all' in node) return { ...node, all: shuffled(node.all.map((c) => shuffleTree(c, random)), random) };
  if ('any' in node) return { ...node, any: shuffled(node.any.map((c) => shuffleTree(c, random)), random) };
  if ('atLeast' in node) return { ...node, of: shuffled(node.of.map((c) => shuffleTree(c, random)), random) };
  return node;
}

/** What to shuffle. */
export interface ShuffleParts {
  readonly achievements?: boolean;
  readonly units?: boolean;
  readonly organisations?: boolean;
  readonly recognitions?: boolean;
  readonly children?: boolean;
}

/** A copy of the instance with the chosen lists shuffled (node ids are explicit, so they do not move). */
export function shuffleInstance(instance: AuditInstance, seed: number, parts: ShuffleParts): AuditInstance {
  const random = prng(seed);
  const doc = structuredClone(instance.catalog);
  let units = parts.units ? shuffled(doc.units, random) : doc.units;
  if (parts.children) units = units.map((u) => (u.requirements ? { ...u, requirements: shuffleTree(u.requirements, random) } : u));
  const catalog: CatalogDocument = {
    ...doc,
    units,
    ...(doc.organisations && { organisations: parts.organisations ? shuffled(doc.organisations, random) : doc.organisations }),
    ...(doc.recognitions && { recognitions: parts.recognitions ? shuffled(doc.recognitions, random) : doc.recognitions }),
  };
  const record = structuredClone(instance.record);
  return {
    ...instance,
    catalog,
    record: { ...record, achievements: parts.achievements ? shuffled(record.achievements, random) : record.achievements },
  };
}
