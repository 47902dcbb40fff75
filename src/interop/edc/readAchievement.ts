import type { Achievement } from '../../model/achievement.js';
import type { Unit } from '../../model/unit.js';
import type { EdcNode, EdcReader } from './EdcReader.js';
import { readCredits } from './readCredits.js';
import { readDate } from './readDate.js';
import { readEarnedOn } from './readEarnedOn.js';
import type { EdcSettings } from './EdcSettings.js';

/** What an achievement is read from. @internal */
export interface AchievementSource {
  readonly id: string;
  readonly credential: EdcNode;
  readonly claim: EdcNode;
  readonly unit: Unit;
  readonly rest: Record<string, unknown> | undefined;
}

/**
 * The learner's achievement of a LearningAchievement claim: completed, of
 * the claim's unit, earned on its awarding day, with the grade of its
 * assessment (on the grade scale the caller names), the credits it
 * received (`creditReceived`, else the unit's ECTS credits), the awarding
 * body as issuer, and the credential's `validUntil` (or
 * `expirationDate`) as its expiry. Verified only when the caller says the
 * proof was checked.
 *
 * @internal
 */
export function readAchievement(reader: EdcReader, source: AchievementSource, settings: EdcSettings): Achievement | undefined {
  const { credential, claim, unit } = source;
  const earnedOn = readEarnedOn(reader, credential, claim);
  const credits = readCredits(reader, reader.field(claim, 'creditReceived')) ?? unit.credits;
  const grade = readGrade(reader, claim, settings.gradeScale);
  const expiryNode = [reader.field(credential, 'validUntil'), reader.field(credential, 'expirationDate')].find((n) => n.value !== undefined);
  const expiresOn = expiryNode && readDate(reader, expiryNode);
  if (earnedOn === undefined) return undefined;
  if (expiresOn !== undefined && expiresOn < earnedOn) {
    return reader.fail('invalid_range', expiryNode!, `the credential expires on ${expiresOn}, before it was earned (${earnedOn})`);
  }
  return {
    id: source.id,
    unit: unit.id,
    status: 'completed',
    earnedOn,
    ...(grade !== undefined && { grade }),
    ...(credits !== undefined && { credits }),
    ...(unit.provider !== undefined && { issuer: unit.provider }),
    ...(settings.verified !== undefined && { verified: settings.verified }),
    ...(expiresOn !== undefined && { expiresOn }),
    ...(settings.source !== undefined && { source: settings.source }),
    ...(source.rest !== undefined && { extensions: { edc: source.rest } }),
  };
}

function readGrade(reader: EdcReader, claim: EdcNode, scale: string | undefined): Achievement['grade'] {
  const node = reader.items(reader.field(claim, 'provenBy')).map((p) => reader.field(p, 'grade')).find((g) => g.value !== undefined);
  const text = node && reader.text(node);
  if (node === undefined || text === undefined) return undefined;
  if (scale === undefined) {
    reader.warn('unmapped', node, `the grade "${text}" names no grade scale, so it is kept in extensions.edc; pass the gradeScale option (a grade scale of your catalog) to record it on the achievement`);
    return undefined;
  }
  const number = Number(text);
  return { scale, value: Number.isFinite(number) && String(number) === text ? number : text };
}
