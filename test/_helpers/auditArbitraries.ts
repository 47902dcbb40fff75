/**
 * Arbitraries for property tests of the audit as a whole (laws L2, L3, L4,
 * L7 and the audit fuzz tests): small but hard (catalog, record, program,
 * asOf) instances, valid by construction.
 *
 * Everything is generated as a plain "spec" (indices, symbolic dates; see
 * `auditSpecs.ts`) and then built here, so that fast-check shrinks every
 * part independently and the built documents always reference ids that
 * exist.
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
import type { Credits } from '../../src/model/credits.js';
import type { AuditOptions } from '../../src/audit/AuditOptions.js';
import {
  COURSE_IDS,
  EARNABLE_UNITS,
  FILTERS,
  auditInstanceSpecArb,
  compact,
  resolveDate,
  type AchievementSpec,
  type AuditInstance,
  type AuditInstanceSpec,
  type CatalogSpec,
  type CompositeSpec,
  type CourseSpec,
  type ExceptionSpec,
  type NodeSpec,
  type QualSpec,
  type RecognitionSpec,
} from './auditSpecs.js';
export { AS_OF_CHOICES, COURSE_IDS, EARNABLE_UNITS, auditInstanceSpecArb, resolveDate } from './auditSpecs.js';
export type { AuditInstance, AuditInstanceSpec } from './auditSpecs.js';

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
  const verified = spec.verified && { verified: spec.verified };
  const requirements: Requirement = spec.kind === 'all' ? { id: 'mc', ...verified, all: parts } : { id: 'mc', ...verified, atLeast: parts.length - 1, of: parts };
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
