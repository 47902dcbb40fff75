/**
 * Minimal counterexamples to the audit laws found by the property tests,
 * run first (as fast-check `examples`) so each law keeps checking them.
 */
import type { AchievementInput } from '../../src/model/achievement.js';
import type { AuditInstance } from './auditArbitraries.js';

/**
 * L2: one achievement, two leaves that both take it (`any` of two unit
 * leaves). Which leaf gets it depends on the order of the children.
 */
export const tieBetweenTwoLeaves: AuditInstance = {
  catalog: {
    units: [
      { id: 'C1', kind: 'course', title: 'C1' },
      { id: 'P', kind: 'degree', title: 'P', requirements: { id: 'root', any: [{ id: 'x', unit: 'C1' }, { id: 'y', unit: 'C1' }] } },
    ],
  },
  record: { achievements: [{ id: 'a0', unit: 'C1', earnedOn: '2024-01-01' }] },
  programId: 'P',
  options: { asOf: '2024-06-30' },
};

/** A shuffle seed that swaps the two children of {@link tieBetweenTwoLeaves}. */
export const TIE_SWAP_SEED = 0;


/**
 * L3 (program satisfied): BADGE is inferred from a recent X2 and satisfies
 * the program (earnedWithin P1Y). Adding an old, directly held BADGE stops
 * the inference ("a composite the record already holds is not inferred
 * again"), and the held one is too old: the program becomes unsatisfied
 * (and 2 satisfied requirements become 0).
 */
export const heldCompositeBlocksInference: { instance: AuditInstance; extra: AchievementInput } = {
  instance: {
    catalog: {
      units: [
        { id: 'X2', kind: 'course', title: 'X2' },
        { id: 'BADGE', kind: 'badge', title: 'Badge', requirements: { id: 'b', all: [{ id: 'b-1', unit: 'X2' }] } },
        { id: 'P', kind: 'degree', title: 'P', requirements: { id: 'root', earnedWithin: 'P1Y', all: [{ id: 'n1', unit: 'BADGE' }] } },
      ],
    },
    record: { achievements: [{ id: 'a0', unit: 'X2', earnedOn: '2024-06-30' }] },
    programId: 'P',
    options: { asOf: '2024-06-30' },
  },
  extra: { id: 'extra', unit: 'BADGE', status: 'completed', earnedOn: '2021-06-30' },
};

/**
 * L3 (satisfied requirements): BADGE is inferred from MC, itself inferred
 * from a recent CERT, and meets `earnedWithin P1Y`. An old, directly held MC
 * completes BADGE just as well (one part either way); when stacking took the
 * earlier of the two, BADGE became too old and the requirement was lost.
 */
export const olderPartDatesComposite: { instance: AuditInstance; extra: AchievementInput } = {
  instance: {
    catalog: {
      units: [
        { id: 'CERT', kind: 'certification', title: 'CERT' },
        { id: 'MC', kind: 'micro-credential', title: 'MC', requirements: { id: 'mc', all: [{ id: 'mc-1', unit: 'CERT' }] } },
        { id: 'BADGE', kind: 'badge', title: 'Badge', requirements: { id: 'b', all: [{ id: 'b-1', unit: 'MC' }] } },
        { id: 'P', kind: 'degree', title: 'P', requirements: { id: 'root', all: [{ id: 'n1', unit: 'BADGE', earnedWithin: 'P1Y' }] } },
      ],
    },
    record: { achievements: [{ id: 'a0', unit: 'CERT', earnedOn: '2024-06-30' }] },
    programId: 'P',
    options: { asOf: '2024-06-30' },
  },
  extra: { id: 'extra', unit: 'MC', status: 'completed', earnedOn: '2018-06-30' },
};

/**
 * L3 and retakes: a recent, ungraded C1 meets `earnedWithin P1Y`. An older
 * C1 graded A is the better attempt by the default `retakes: best`, so it
 * counts instead, and is too old: adding it replaces an attempt rather than
 * adding one. The law compares with the record without the replaced attempt.
 */
export const retakeReplacesAttempt: { instance: AuditInstance; extra: AchievementInput } = {
  instance: {
    catalog: {
      gradeScales: [{ id: 'letter', grades: [{ grade: 'A', points: 4 }, { grade: 'F', points: 0 }], passing: 'A' }],
      units: [
        { id: 'C1', kind: 'course', title: 'C1' },
        { id: 'P', kind: 'degree', title: 'P', requirements: { id: 'root', all: [{ id: 'n1', unit: 'C1', earnedWithin: 'P1Y' }] } },
      ],
    },
    record: { achievements: [{ id: 'a0', unit: 'C1', earnedOn: '2024-06-30' }] },
    programId: 'P',
    options: { asOf: '2024-06-30' },
  },
  extra: { id: 'extra', unit: 'C1', status: 'completed', earnedOn: '2021-06-30', grade: { scale: 'letter', value: 'A' } },
};

/**
 * L3 (root): with no achievements the root (`atLeast 0`) holds but the
 * residency policy does not. C1 would meet residency but breaks the root's
 * `maxPer` (6 credits from one provider, at most 3). Neither way satisfies
 * the program; the root must stay satisfied all the same.
 */
export const policyAgainstRoot: { instance: AuditInstance; extra: AchievementInput } = {
  instance: {
    catalog: {
      organisations: [{ id: 'uni', name: 'University', kind: 'university' }],
      units: [
        { id: 'C1', kind: 'course', title: 'C1', provider: 'uni', credits: { value: 6, system: 'ects' } },
        {
          id: 'P', kind: 'degree', title: 'P', provider: 'uni',
          requirements: { id: 'root', maxPer: { by: 'provider', credits: 3 }, atLeast: 0, of: [{ id: 'n1', select: {} }] },
          policies: { creditSystem: 'ects', residency: { credits: 2 } },
        },
      ],
    },
    record: { achievements: [] },
    programId: 'P',
    options: { asOf: '2024-06-30' },
  },
  extra: { id: 'extra', unit: 'C1', status: 'completed', earnedOn: '2024-06-29', issuer: 'uni' },
};

/**
 * L3 (satisfied requirements): an ungraded C1 meets n1 and n2 but not the
 * root's minimum GPA. A graded X1 satisfies the program through n3, and
 * `maxPer` allows one course per provider: the program is won and two
 * requirements become one. The count may drop only when the program (or
 * its root) is won; a test of its own checks that this is what happens.
 */
export const programWonWithFewerRequirements: { instance: AuditInstance; extra: AchievementInput } = {
  instance: {
    catalog: {
      organisations: [{ id: 'uni', name: 'University', kind: 'university' }],
      gradeScales: [{ id: 'letter', grades: [{ grade: 'A', points: 4 }, { grade: 'F', points: 0 }], passing: 'A' }],
      units: [
        { id: 'C1', kind: 'course', title: 'C1', provider: 'uni' },
        { id: 'X1', kind: 'course', title: 'X1', provider: 'uni' },
        {
          id: 'P', kind: 'degree', title: 'P', provider: 'uni',
          requirements: { id: 'root', minGpa: 2.5, maxPer: { by: 'provider', count: 1 }, any: [{ id: 'n1', all: [{ id: 'n2', unit: 'C1' }] }, { id: 'n3', unit: 'X1' }] },
        },
      ],
    },
    record: { achievements: [{ id: 'a0', unit: 'C1', earnedOn: '2024-06-30' }] },
    programId: 'P',
    options: { asOf: '2024-06-30' },
  },
  extra: { id: 'extra', unit: 'X1', status: 'completed', earnedOn: '2024-06-29', grade: { scale: 'letter', value: 'A' } },
};

/**
 * L7: a share overlay under a waived node. The overlay is still solved and
 * its achievement counted as applied (so not listed unused), but the result
 * tree shows the waived subtree with nothing applied: the achievement is
 * nowhere.
 */
export const overlayUnderWaiver: AuditInstance = {
  catalog: {
    units: [
      { id: 'C1', kind: 'course', title: 'C1' },
      { id: 'P', kind: 'degree', title: 'P', requirements: { id: 'root', all: [{ id: 'ov', select: {}, share: true }] } },
    ],
  },
  record: {
    achievements: [{ id: 'a0', unit: 'C1', earnedOn: '2024-06-30' }],
    exceptions: [{ id: 'x0', kind: 'waive', requirement: 'root', reason: 'equivalent work', author: 'registrar' }],
  },
  programId: 'P',
  options: { asOf: '2024-06-30' },
};
