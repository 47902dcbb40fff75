import type { Issue } from '../../issues/Issue.js';
import type { Accreditation, Organisation } from '../../model/organisation.js';
import { issue } from '../../_internal/issue.js';
import { credentialSource, type CredentialSource } from '../vc/credentialSource.js';
import { readEnvelope, type Envelope, type IssuerRef } from '../vc/readEnvelope.js';
import { checkCredential } from '../vc/checkCredential.js';
import { lastValidDay } from '../vc/vcDate.js';
import { canonicalJson } from '../vc/canonicalJson.js';
import { json } from '../vc/values.js';
import type { ImportSettings } from './readImportSettings.js';
import type { FoundEndorsement } from './collectEndorsements.js';
import { catalogOrganisation, organisationOf } from './organisationOf.js';

/**
 * Turns endorsements of organisations into accreditations: an
 * EndorsementCredential whose subject is one of `targets` (by Profile id)
 * becomes `{ by: endorser, from, until }` on that organisation, from the
 * endorsement's validity (`until` is the last day it was valid). Each
 * endorsement is checked like a credential (proof, status); one that fails,
 * is revoked or cannot be read is not used, with a warning. Endorsements
 * of anything else (an achievement) are left as they are: they stay in
 * extensions. Returns the endorsing organisations.
 *
 * @internal
 */
export async function accreditEndorsed(
  endorsements: readonly FoundEndorsement[],
  targets: ReadonlyMap<string, Organisation>,
  settings: ImportSettings,
  warnings: Issue[],
): Promise<Organisation[]> {
  const endorsers = new Map<string, Organisation>();
  const seen = new Set<string>();
  for (const found of endorsements) {
    const read = readEndorsement(found, settings, warnings);
    if (!read) continue;
    const key = read.envelope.id ?? canonicalJson(found.value);
    const target = targets.get(read.subjectId);
    if (!target || seen.has(key)) continue;
    seen.add(key);
    const checked = await checkCredential(settings.check, { source: read.source, envelope: read.envelope, validity: false, role: 'endorsement' });
    if (!checked.ok) warnings.push(...notUsed(checked.issues));
    if (!checked.ok || checked.check.revoked) continue;
    warnings.push(...checked.check.warnings);
    const by = endorserOf(read.envelope.issuer, settings, endorsers);
    const accreditation = accreditationOf(by, read.envelope, found, warnings);
    if (accreditation) addAccreditation(target, accreditation);
  }
  return [...endorsers.values()];
}

type Read = { source: CredentialSource; envelope: Envelope & { issuer: IssuerRef }; subjectId: string };

function sourceOf(found: FoundEndorsement, settings: ImportSettings, warnings: Issue[]): CredentialSource | undefined {
  const read = credentialSource(found.value, found.path, settings.limits);
  if (!read.ok) warnings.push(...notUsed(read.issues));
  return read.ok ? read.source : undefined;
}

function readEndorsement(found: FoundEndorsement, settings: ImportSettings, warnings: Issue[]): Read | undefined {
  const source = sourceOf(found, settings, warnings);
  if (!source) return undefined;
  const issues: Issue[] = [];
  const envelope = readEnvelope(source.credential, source.path, issues);
  if (!envelope.types.includes('EndorsementCredential')) issues.push(issue('invalid_value', [...source.path, 'type'], 'an endorsement must be an EndorsementCredential'));
  const subjectId = json.text(json.get(source.credential['credentialSubject'], 'id'));
  if (issues.length > 0 || !envelope.issuer || subjectId === undefined) {
    warnings.push(...notUsed(issues.length > 0 ? issues : [issue('invalid_type', [...source.path, 'credentialSubject', 'id'], 'an endorsement needs its subject\'s id')]));
    return undefined;
  }
  return { source, envelope: envelope as Envelope & { issuer: IssuerRef }, subjectId };
}

function endorserOf(issuer: IssuerRef, settings: ImportSettings, endorsers: Map<string, Organisation>): string {
  const known = catalogOrganisation(settings.catalog, issuer.id);
  if (known !== undefined) return known;
  if (!endorsers.has(issuer.id)) endorsers.set(issuer.id, organisationOf(issuer.id, issuer.profile, settings.language));
  return issuer.id;
}

function accreditationOf(by: string, envelope: Envelope, found: FoundEndorsement, warnings: Issue[]): Accreditation | undefined {
  const from = envelope.validFrom?.value.date;
  const until = envelope.validUntil && lastValidDay(envelope.validUntil.value);
  if ((envelope.validUntil && until === undefined) || (from !== undefined && until !== undefined && until < from)) {
    warnings.push(issue('invalid_range', found.path, 'the endorsement ends before it starts, so it accredits nothing; not used'));
    return undefined;
  }
  return { by, ...(from !== undefined && { from }), ...(until !== undefined && { until }) };
}

function addAccreditation(target: Organisation, accreditation: Accreditation): void {
  const list = (target.accreditations ?? []) as Accreditation[];
  if (!list.some((a) => canonicalJson(a) === canonicalJson(accreditation))) list.push(accreditation);
  (target as { accreditations?: Accreditation[] }).accreditations = list;
}

function notUsed(issues: readonly Issue[]): Issue[] {
  return issues.map((i) => issue(i.code, i.path, `endorsement not used: ${i.message}`));
}
