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
