/**
 * One more eligible, completed achievement for an audit instance: the
 * addition law L3 (monotonicity) makes.
 */
import fc from 'fast-check';
import type { AchievementInput } from '../../src/model/achievement.js';
import { shiftDate } from '../../src/_internal/dates.js';
import { EARNABLE_UNITS, ORG_IDS, PAST_KEYS, compact, rarely, resolveDate, type AuditInstance } from './auditSpecs.js';

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
