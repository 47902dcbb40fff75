import type { AchievementInput } from '../../src/model/achievement.js';
import type { CatalogDocument } from '../../src/model/catalogDocument.js';
import type { LearnerRecordInput } from '../../src/model/recordDocument.js';
import type { Unit } from '../../src/model/unit.js';
import { leaves, randomDate, randomGrade, scaleForUnit } from './catalogParts.js';
import { createPrng } from './prng.js';

/** Options of {@link generateRecord}. */
export interface GenerateRecordOptions {
  /** Any integer: the same seed, catalog and options give the same record. */
  readonly seed: number;
  /** The catalog the record's achievements refer to. */
  readonly catalog: CatalogDocument;
  /** How many achievements. */
  readonly achievements: number;
  /** A program to aim at: most achievements are then of units it names or its provider offers. */
  readonly program?: string;
  /** Years the achievements were earned in (inclusive). Default 2019 to 2025. */
  readonly years?: readonly [from: number, until: number];
}

const STACKABLE = new Set(['course', 'module', 'assessment', 'badge', 'certification', 'experience']);

/**
 * Generates a learner record for audit benchmarks: mostly completed,
 * graded achievements (on the grade scale of each unit's provider), some
 * failed, in progress or planned, a few verified platform credentials and a
 * few identified only by an external id.
 *
 * @param options - the seed, catalog and size
 * @returns the record, deterministic from the options
 *
 * @example
 * ```ts
 * const catalog = generateCatalog({ seed: 1, units: 300, programs: 10 });
 * const record = generateRecord({ seed: 7, catalog, achievements: 40 });
 * ```
 */
export function generateRecord(options: GenerateRecordOptions): LearnerRecordInput {
  const { seed, catalog, achievements: count, program, years = [2019, 2025] } = options;
  const rng = createPrng(seed);
  const orgs = new Map((catalog.organisations ?? []).map((o) => [o.id, o]));
  const earnable = catalog.units.filter((u) => STACKABLE.has(u.kind));
  const target = program === undefined ? undefined : catalog.units.find((u) => u.id === program);
  const byId = new Map(catalog.units.map((u) => [u.id, u]));
  const focused: Unit[] = target
    ? [...new Set([...leaves(target.requirements), ...earnable.filter((u) => u.provider === target.provider).map((u) => u.id)])]
        .map((id) => byId.get(id))
        .filter((u): u is Unit => u !== undefined && STACKABLE.has(u.kind))
    : [];
  const achievements: AchievementInput[] = [];
  for (let i = 1; i <= count && earnable.length > 0; i++) {
    const unit = focused.length > 0 && rng.chance(0.75) ? rng.pick(focused) : rng.pick(earnable);
    const scale = scaleForUnit(unit, orgs);
    const roll = rng.next();
    const status = roll < 0.04 ? 'failed' : roll < 0.1 ? 'in-progress' : roll < 0.13 ? 'planned' : 'completed';
    const external = unit.externalIds?.[0];
    const platform = unit.provider !== undefined && orgs.get(unit.provider)?.kind === 'platform';
    achievements.push({
      id: `a${i}`,
      ...(external && rng.chance(0.1) ? { externalId: { scheme: external.scheme, id: external.id } } : { unit: unit.id }),
      status,
      ...(status === 'completed' || status === 'failed'
        ? { earnedOn: randomDate(rng, years[0], years[1]), grade: { scale, value: status === 'failed' ? failing(scale) : randomGrade(rng, scale) } }
        : {}),
      ...(unit.provider === undefined ? {} : { issuer: unit.provider }),
      ...(platform ? { verified: rng.chance(0.8) ? { method: 'vc-jwt', by: unit.provider ?? '' } : false } : {}),
      ...(unit.validity !== undefined && status === 'completed' ? { expiresOn: randomDate(rng, years[1], years[1] + 3) } : {}),
      source: platform ? 'ob3-import' : 'transcript',
    });
  }
  return { id: `record-${seed}`, learner: { id: `learner-${seed}`, name: `Learner ${seed}` }, achievements };
}

function failing(scale: string): string | number {
  return scale === 'percent' ? 30 : 'F';
}
