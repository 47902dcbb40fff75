/**
 * Arbitraries for the CTDL tests: documents shaped like CTDL for fuzzing,
 * and programs whose every rule CTDL can state, for the round trip through
 * plain CTDL (no credstack data).
 */
import fc from 'fast-check';
import type { CatalogDocument } from '../../../src/model/catalogDocument.js';
import type { Requirement } from '../../../src/model/requirement.js';
import type { Unit } from '../../../src/model/unit.js';
import type { LearnerRecordInput } from '../../../src/model/recordDocument.js';

// ---------------------------------------------------------------------------
// Fuzzing: CTDL-like nodes with dangling, looping and ill-typed references

const IDS = ['_:P', '_:D', '_:C1', '_:C2', '_:S', '_:K', 'ce-00000000-0000-4000-8000-000000000001', 'https://credentialengineregistry.org/resources/ce-00000000-0000-4000-8000-000000000001', '__proto__'];
const TYPES = [
  'ceterms:Pathway', 'ceterms:CredentialComponent', 'ceterms:CourseComponent', 'SelectionComponent', 'ceterms:ComponentCondition',
  'ceterms:TransferValueProfile', 'ceterms:ValueProfile', 'ceterms:Constraint', 'ceterms:CredentialOrganization', 'ceterms:Course', 'Thing',
];
const TERMS = [
  'hasPart', 'hasChild', 'hasDestinationComponent', 'isDestinationComponentOf', 'hasCondition', 'targetComponent', 'requiredNumber',
  'logicalOperator', 'hasConstraint', 'requiredConstraints', 'leftSource', 'rightSource', 'comparator', 'creditValue', 'creditUnitType',
  'value', 'minValue', 'name', 'description', 'ctid', 'prerequisite', 'precededBy', 'preceeds', 'isChildOf', 'isPartOf', 'credentialType',
  'ownedBy', 'offeredBy', 'transferValue', 'transferValueFrom', 'transferValueFor', 'startDate', 'endDate', 'proxyFor',
];
const OWN = ['credstack:unit', 'credstack:requirement', 'credstack:order', 'credstack:recognition', 'credstack:gradeScales'];
const CONCEPTS = ['logic:Or', 'logic:And', 'logic:Not', 'compare:GTEQ', 'creditUnit:SemesterHour', 'creditUnit:Nope', 'ceterms:creditValue', 'ceterms:Degree', '2024-01-01'];

const leaf = fc.oneof(
  fc.constantFrom(...IDS),
  fc.constantFrom(...CONCEPTS),
  fc.string({ maxLength: 6 }),
  fc.integer({ min: -2, max: 6 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.record({ 'en-US': fc.string({ maxLength: 4 }) }),
  fc.record({ '@id': fc.constantFrom(...IDS) }),
);
const key = fc.oneof(
  fc.tuple(fc.constantFrom('ceterms:', 'ceasn:', '', 'schema:'), fc.constantFrom(...TERMS)).map(([p, t]) => p + t),
  fc.constantFrom(...OWN),
);

type Fuzz = unknown;
const { node } = fc.letrec<{ node: Fuzz; value: Fuzz }>((tie) => ({
  node: fc
    .record({
      id: fc.option(fc.constantFrom(...IDS), { nil: undefined }),
      type: fc.option(fc.oneof(fc.constantFrom(...TYPES), fc.array(fc.constantFrom(...TYPES), { maxLength: 2 })), { nil: undefined }),
      props: fc.array(fc.tuple(key, tie('value')), { maxLength: 5 }),
    })
    .map(({ id, type, props }) => ({ ...(id === undefined ? {} : { '@id': id }), ...(type === undefined ? {} : { '@type': type }), ...Object.fromEntries(props) })),
  value: fc.oneof({ maxDepth: 3, depthIdentifier: 'ctdl' }, leaf, fc.array(fc.oneof(leaf, tie('node')), { maxLength: 3, depthIdentifier: 'ctdl' }), tie('node')),
}));

/** A document of CTDL-like nodes: an @graph envelope, a list, or one object. */
export const ctdlLikeDocumentArb: fc.Arbitrary<unknown> = fc.array(node, { minLength: 1, maxLength: 8 }).chain((nodes) =>
  fc.constantFrom<unknown>({ '@context': 'https://credreg.net/ctdl/schema/context/json', '@graph': nodes }, nodes, nodes[0]),
);

// ---------------------------------------------------------------------------
// Programs CTDL can state exactly

export const PLAIN_COURSES = ['K1', 'K2', 'K3', 'K4', 'K5', 'K6'] as const;
const CREDIT_SYSTEMS = ['us-semester', 'us-quarter', 'ceu', 'clock-hour'] as const;
const LEAVES = [...PLAIN_COURSES, 'STACK'] as const;

type TreeSpec = { leaf: string } | { kind: 'all' | 'any' | 'atLeast'; k: number; children: TreeSpec[]; credits: number | undefined; title: string | undefined };

const treeSpec: fc.Arbitrary<TreeSpec> = fc.letrec<{ tree: TreeSpec; inner: TreeSpec }>((tie) => ({
  tree: fc.oneof({ maxDepth: 3, depthIdentifier: 'plain' }, fc.record({ leaf: fc.constantFrom(...LEAVES) }), tie('inner')),
  inner: fc.record({
    kind: fc.constantFrom('all' as const, 'any' as const, 'atLeast' as const),
    k: fc.nat({ max: 3 }),
    children: fc.array(tie('tree'), { minLength: 1, maxLength: 4, depthIdentifier: 'plain' }),
    credits: fc.option(fc.constantFrom(3, 6, 9), { nil: undefined, freq: 3 }),
    title: fc.option(fc.constantFrom('Core', 'Electives'), { nil: undefined, freq: 3 }),
  }),
})).tree;

function buildTree(spec: TreeSpec): Requirement {
  if ('leaf' in spec) return { unit: spec.leaf };
  const children = spec.children.map(buildTree);
  const base = { ...(spec.title === undefined ? {} : { title: spec.title }), ...(spec.credits === undefined ? {} : { min: { credits: spec.credits } }) };
  if (spec.kind === 'all') return { ...base, all: children };
  if (spec.kind === 'any') return { ...base, any: children };
  // atLeast 0 says something only with a credit minimum; without one, ask for at least one.
  const k = Math.min(spec.k, children.length);
  return { ...base, atLeast: k === 0 && spec.credits === undefined ? 1 : k, of: children };
}

/** A catalog of six courses, a stack of some of them, and a program CTDL can state: degree or certificate, plain leaves, credit minima. */
export const plainCatalogArb: fc.Arbitrary<CatalogDocument> = fc
  .record({
    credits: fc.tuple(...PLAIN_COURSES.map(() => fc.option(fc.record({ value: fc.constantFrom(1, 3, 4, 10), system: fc.constantFrom(...CREDIT_SYSTEMS) }), { nil: undefined, freq: 4 }))),
    stack: fc.shuffledSubarray([...PLAIN_COURSES], { minLength: 2, maxLength: 3 }),
    stackNeeds: fc.nat({ max: 2 }),
    tree: treeSpec,
    kind: fc.constantFrom('degree' as const, 'certificate' as const),
    programCredits: fc.option(fc.record({ value: fc.constantFrom(6, 12), system: fc.constant('us-semester') }), { nil: undefined }),
    prerequisite: fc.boolean(),
  })
  .map(({ credits, stack, stackNeeds, tree, kind, programCredits, prerequisite }) => {
    const courses: Unit[] = PLAIN_COURSES.map((id, i) => ({ id, kind: 'course', title: `Course ${id}`, ...(credits[i] === undefined ? {} : { credits: credits[i] }) }));
    if (prerequisite) courses[1] = { ...courses[1]!, prerequisites: { unit: 'K1' } };
    const parts = stack.map((unit) => ({ unit }));
    const need = Math.max(1, Math.min(stackNeeds + 1, parts.length));
    const stackUnit: Unit = { id: 'STACK', kind: 'micro-credential', title: 'Stack', requirements: need === parts.length ? { all: parts } : { atLeast: need, of: parts } };
    const program: Unit = { id: 'PROG', kind, title: 'Program', requirements: buildTree(tree), ...(programCredits === undefined ? {} : { credits: programCredits }) };
    return { units: [...courses, stackUnit, program] };
  });

/** A record of achievements of the courses and the stack, some of them. */
export const plainRecordArb: fc.Arbitrary<LearnerRecordInput> = fc
  .subarray([...LEAVES])
  .map((units) => ({ achievements: units.map((unit, i) => ({ id: `a${i}`, unit, earnedOn: '2024-01-15' })) }));
