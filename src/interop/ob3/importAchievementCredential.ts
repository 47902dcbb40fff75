import type { Issue } from '../../issues/Issue.js';
import type { Achievement } from '../../model/achievement.js';
import { issue } from '../../_internal/issue.js';
import type { CredentialSource } from '../vc/credentialSource.js';
import { readEnvelope, type Envelope, type IssuerRef } from '../vc/readEnvelope.js';
import { checkCredential, type Verification } from '../vc/checkCredential.js';
import { canonicalJson, stableHash } from '../vc/canonicalJson.js';
import { json, type Path } from '../vc/values.js';
import type { ImportSettings } from './readImportSettings.js';
import { readSubject } from './readSubject.js';
import { readContent, type Content } from './readContent.js';
import { achievementParts, type AchievementParts } from './achievementParts.js';

/** How one credential is imported. @internal */
export interface AchievementOptions {
  /** The achievement's `source`; the credential's type and id when absent. */
  readonly source?: string;
  /** The verification of a CLR that carries the credential, to stand on when its issuer signed both. */
  readonly inherited?: { readonly issuer: string; readonly verified: Verification };
  /** The CLR that carries the credential, recorded in `extensions.clr`. */
  readonly clr?: { readonly id?: string; readonly index: number };
}

/** One Open Badge imported. @internal */
export interface ImportedAchievement {
  readonly achievement: Achievement;
  /** The Open Badges achievement id. */
  readonly achievementId: string;
  readonly achievementPath: Path;
  readonly parts: AchievementParts;
  readonly warnings: readonly Issue[];
  readonly subjectId?: string;
}

const OB_TYPES = ['OpenBadgeCredential', 'AchievementCredential'];

/**
 * Imports one OpenBadgeCredential (or AchievementCredential): checks its
 * form, reads and maps its content, checks its proof, status and validity,
 * and builds the achievement (and, with `catalogParts`, the parts it
 * describes). A credential of the wrong form, or whose proof fails, is
 * refused with issues; everything else is imported, with warnings.
 *
 * @internal
 */
export async function importAchievementCredential(settings: ImportSettings, source: CredentialSource, options: AchievementOptions): Promise<{ ok: true; imported: ImportedAchievement } | { ok: false; issues: Issue[] }> {
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  const envelope = readEnvelope(source.credential, source.path, issues);
  if (Object.hasOwn(source.credential, 'type')) checkType(envelope, source.path, issues);
  const view = readSubject(source.credential, source.path, issues, warnings);
  if (issues.length > 0 || !view || !envelope.issuer) return { ok: false, issues };
  const withIssuer = envelope as Envelope & { issuer: IssuerRef };
  const at = { credential: source.credential, path: source.path, envelope: withIssuer };
  const content = readContent(settings, at, view, issues, warnings);
  if (issues.length > 0) return { ok: false, issues };
  const checked = await checkCredential(settings.check, { source, envelope: withIssuer, validity: true, ...(options.inherited && { inherited: options.inherited }) });
  if (!checked.ok) return checked;
  warnings.push(...checked.check.warnings);
  const parts = settings.catalogParts ? await achievementParts(settings, { ...at, issuer: withIssuer.issuer }, view, content, warnings) : { organisations: [] };
  const achievement = buildAchievement(source, envelope, view.achievementId, content, checked.check.verified, options);
  const subjectId = json.text(view.subject['id']);
  return { ok: true, imported: { achievement, achievementId: view.achievementId, achievementPath: view.achievementPath, parts, warnings, ...(subjectId !== undefined && { subjectId }) } };
}

function checkType(envelope: Envelope, path: Path, issues: Issue[]): void {
  const types = envelope.types;
  if (types.some((t) => OB_TYPES.includes(t))) return;
  const at = [...path, 'type'];
  if (types.includes('ClrCredential')) issues.push(issue('invalid_value', at, 'this is a ClrCredential (a Comprehensive Learner Record): import it with importClr'));
  else if (types.includes('EndorsementCredential')) issues.push(issue('invalid_value', at, 'this is an EndorsementCredential: it vouches for an issuer or achievement, it is not an achievement of a learner'));
  else issues.push(issue('invalid_value', at, `expected an OpenBadgeCredential or AchievementCredential, got type ${JSON.stringify(types)}`, { expected: 'OpenBadgeCredential | AchievementCredential', received: types.join(', ') }));
}

/**
 * The id an achievement gets: its credential's id, so that importing the
 * same credential again gives the same id; a credential without one gets
 * `urn:credstack:ob3:` and a hash of what was received.
 */
function achievementIdOf(envelope: Envelope, source: CredentialSource): string {
  return envelope.id ?? `urn:credstack:ob3:${stableHash(source.jwt ? source.jwt.decoded.token : canonicalJson(source.received))}`;
}

function buildAchievement(source: CredentialSource, envelope: Envelope, obId: string, content: Content, verified: Verification | undefined, options: AchievementOptions): Achievement {
  const kept = { credential: source.received, ...(source.jwt && { jwt: source.jwt.decoded.token }) };
  const clr = options.clr && { ...(options.clr.id !== undefined && { credential: options.clr.id }), verifiableCredential: options.clr.index };
  const id = achievementIdOf(envelope, source);
  const type = envelope.types.find((t) => OB_TYPES.includes(t)) ?? 'OpenBadgeCredential';
  return {
    id,
    ...(content.unit ? { unit: content.unit.id } : { externalId: { scheme: 'ob3', id: obId } }),
    status: content.status,
    ...(content.earnedOn !== undefined && { earnedOn: content.earnedOn }),
    ...(content.grade && { grade: { ...content.grade.grade } }),
    ...(content.credits && { credits: content.credits }),
    ...(content.issuer !== undefined && { issuer: content.issuer }),
    ...(verified && { verified: { ...verified } }),
    ...(content.expiresOn !== undefined && { expiresOn: content.expiresOn }),
    source: options.source ?? `${type} ${id}`,
    extensions: { ob3: kept, ...(clr && { clr }) },
  };
}
