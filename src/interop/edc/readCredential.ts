import type { Organisation } from '../../model/organisation.js';
import type { Unit } from '../../model/unit.js';
import type { Achievement } from '../../model/achievement.js';
import type { LearnerRecord } from '../../model/recordDocument.js';
import { isObject, type EdcNode, type EdcReader } from './EdcReader.js';
import { describeValue } from '../../_internal/describeValue.js';
import { readOrganisation } from './readOrganisation.js';
import { readUnit } from './readUnit.js';
import { readAchievement } from './readAchievement.js';
import { credentialRest, type CredentialParts } from './credentialRest.js';
import type { EdcSettings } from './EdcSettings.js';
import type { EdcImport } from './EdcImport.js';

type Learner = NonNullable<LearnerRecord['learner']>;

/**
 * Reads a European Digital Credential into catalog and record fragments;
 * problems go to the reader.
 *
 * @internal
 */
export function readCredential(reader: EdcReader, root: EdcNode, settings: EdcSettings): EdcImport | undefined {
  if (!isObject(root.value)) return reader.fail('invalid_type', root, `expected a European Digital Credential (a JSON object), got ${describeValue(root.value)}`);
  const subjects = reader.items(reader.field(root, 'credentialSubject'));
  const subject = subjects[0];
  if (subject === undefined || !isObject(subject.value)) {
    return reader.fail('invalid_type', subject ?? reader.field(root, 'credentialSubject'), 'expected a credentialSubject: the learner, with the claims made about them');
  }
  if (subjects.length > 1) reader.warn('unmapped', subjects[1]!, 'only the first credentialSubject is read; the others are kept in extensions.edc');
  const claims = reader.items(reader.field(subject, 'hasClaim'));
  const achievementClaims = claims.flatMap((claim, i) => (isAchievementClaim(claim.value) ? [i] : []));
  claims.forEach((claim, i) => {
    if (!achievementClaims.includes(i)) reader.warn('unmapped', claim, 'a claim that is not a LearningAchievement is kept in extensions.edc');
  });
  if (achievementClaims.length === 0) return reader.fail('invalid_type', reader.field(subject, 'hasClaim'), 'the credential makes no LearningAchievement claim to import');
  const learner = readLearner(reader, subject);
  const credentialId = reader.id(root);
  const parts: CredentialParts = {
    root: root.value,
    rootMapped: credentialId !== undefined && root.value['id'] === credentialId && achievementClaims.length === 1 ? ['id'] : [],
    subjectMapped: [
      ...(learner !== undefined && subject.value['id'] === learner.id ? ['id'] : []),
      ...(learner?.name !== undefined && subject.value['fullName'] === learner.name ? ['fullName'] : []),
    ],
    achievementClaims,
  };
  const { organisations, units, achievements } = readClaims(reader, root, claims, parts, settings);
  return {
    catalog: { organisations, units },
    record: { ...(learner !== undefined && { learner }), achievements },
  };
}

/** Each achievement claim: its awarding bodies, its unit, and the learner's achievement. */
function readClaims(reader: EdcReader, root: EdcNode, claims: readonly EdcNode[], parts: CredentialParts, settings: EdcSettings) {
  const organisations = new Map<string, Organisation>();
  const units = new Map<string, Unit>();
  const achievements: Achievement[] = [];
  const credentialId = reader.id(root);
  for (const index of parts.achievementClaims) {
    const claim = claims[index]!;
    const id = achievementId(credentialId, reader.id(claim), index, parts.achievementClaims.length);
    const provider = readAwardingBodies(reader, root, claim, organisations);
    const unit = readUnit(reader, claim, provider, `${id}#unit`);
    if (unit === undefined) continue;
    if (!units.has(unit.id)) units.set(unit.id, unit);
    const rest = credentialRest(parts, index, unit.id);
    const achievement = readAchievement(reader, { id, credential: root, claim, unit, rest }, settings);
    if (achievement !== undefined) achievements.push(achievement);
  }
  return { organisations: [...organisations.values()], units: [...units.values()], achievements };
}

function isAchievementClaim(claim: unknown): boolean {
  if (!isObject(claim)) return false;
  const type = claim['type'];
  const types = Array.isArray(type) ? type : [type];
  if (types.some((t) => typeof t === 'string')) return types.includes('LearningAchievement');
  return claim['specifiedBy'] !== undefined || claim['title'] !== undefined;
}

function achievementId(credential: string | undefined, claim: string | undefined, index: number, count: number): string {
  if (credential === undefined) return claim ?? `edc-achievement-${index + 1}`;
  return count === 1 ? credential : `${credential}#${claim ?? index + 1}`;
}

/** The claim's awarding bodies as organisations (the credential's issuer when it names none); returns the first's id. */
function readAwardingBodies(reader: EdcReader, root: EdcNode, claim: EdcNode, out: Map<string, Organisation>): string | undefined {
  const bodies = reader.items(reader.field(claim, 'awardedBy')).flatMap((a) => reader.items(reader.field(a, 'awardingBody')));
  if (bodies.length === 0) {
    const issuer = reader.first(reader.field(root, 'issuer'));
    if (issuer === undefined) return undefined;
    reader.warn('assumed', claim.path, "the claim names no awardedBy.awardingBody; the credential's issuer is taken as its awarding body");
    bodies.push(issuer);
  }
  if (bodies.length > 1) reader.warn('assumed', bodies[1]!, 'the unit has one provider: the first awarding body; the others are organisations of the catalog');
  let first: string | undefined;
  for (const body of bodies) {
    const organisation = readOrganisation(reader, body);
    if (organisation === undefined) continue;
    if (!out.has(organisation.id)) out.set(organisation.id, organisation);
    first ??= organisation.id;
  }
  return first;
}

function readLearner(reader: EdcReader, subject: EdcNode): Learner | undefined {
  const id = reader.id(subject);
  if (id === undefined) return undefined;
  const full = reader.text(reader.field(subject, 'fullName'));
  const parts = [reader.text(reader.field(subject, 'givenName')), reader.text(reader.field(subject, 'familyName'))].filter((p) => p !== undefined);
  const name = full ?? (parts.length > 0 ? parts.join(' ') : undefined);
  return { id, ...(name !== undefined && { name }) };
}
