import type { Issue } from '../../issues/Issue.js';
import { issue } from '../../_internal/issue.js';
import type { CredentialSource } from './credentialSource.js';
import type { Envelope, IssuerRef } from './readEnvelope.js';
import type { CheckSettings } from './readCheckSettings.js';
import { verifyJwt } from './verifyJwt.js';
import { checkProofs } from './checkProofs.js';
import { checkStatus } from './checkStatus.js';
import { json } from './values.js';

/** How a credential was verified, as an achievement records it. @internal */
export interface Verification {
  readonly method: string;
  readonly by?: string;
}

/** What checking a credential found, when it was not refused. @internal */
export interface CheckedCredential {
  /** Set when a proof was checked and the credential is not revoked. */
  readonly verified?: Verification;
  readonly revoked: boolean;
  readonly warnings: Issue[];
}

/** What to check. @internal */
export interface CheckRequest {
  readonly source: CredentialSource;
  readonly envelope: Envelope & { readonly issuer: IssuerRef };
  /** A verification to stand on when the credential's own proof was not checked: that of a CLR the same issuer signed. */
  readonly inherited?: { readonly issuer: string; readonly verified: Verification };
  /** Whether to judge the validity dates against `asOf` (endorsements carry theirs into accreditations instead). */
  readonly validity: boolean;
  /** What the credential is for, in the warnings: its achievements (the default), an endorsement that accredits, or a CLR that carries credentials. */
  readonly role?: 'achievement' | 'endorsement' | 'clr';
}

/**
 * Checks a credential's proof (VC-JWT signature, else embedded proofs
 * through the caller's verifiers), its status and its validity at `asOf`.
 * A proof that fails refuses the credential (`invalid_signature`); one
 * that was not checked leaves it unverified with an `unverified` warning,
 * never silently verified. Never throws.
 *
 * @internal
 */
export async function checkCredential(settings: CheckSettings, request: CheckRequest): Promise<{ ok: true; check: CheckedCredential } | { ok: false; issues: Issue[] }> {
  const { source, envelope } = request;
  const warnings: Issue[] = [];
  const proof = await checkProof(settings, source, warnings);
  if (proof.kind === 'failed') return { ok: false, issues: proof.issues };
  let verified: Verification | undefined;
  if (proof.kind === 'verified') verified = proof.verified;
  else if (request.inherited?.issuer === envelope.issuer.id) verified = request.inherited.verified;
  else warnings.push(issue('unverified', source.path, `${UNVERIFIED[request.role ?? 'achievement']}: ${proof.message}`));
  const at = { path: source.path, issuer: envelope.issuer.id, what: request.role === 'endorsement' ? 'endorsement' : request.role === 'clr' ? 'CLR' : 'credential', ...(envelope.id !== undefined && { id: envelope.id }) };
  const revoked = await checkStatus(source.received, at, settings.checkStatus, warnings);
  if (request.validity && settings.asOf !== undefined) checkValidity(envelope, settings.asOf, warnings);
  return { ok: true, check: { ...(verified && !revoked && { verified }), revoked, warnings } };
}

const UNVERIFIED = {
  achievement: "the credential's proof was not checked, so its achievements are imported as unverified",
  endorsement: "the endorsement's proof was not checked; the accreditation it gives is used all the same",
  clr: "the CLR's own proof was not checked (each credential it carries is checked on its own)",
} as const;

type ProofResult = { kind: 'verified'; verified: Verification } | { kind: 'failed'; issues: Issue[] } | { kind: 'unchecked'; message: string };

async function checkProof(settings: CheckSettings, source: CredentialSource, warnings: Issue[]): Promise<ProofResult> {
  const by = settings.verifiedBy;
  let jwtMessage: string | undefined;
  if (source.jwt) {
    const outcome = await verifyJwt(source.jwt.decoded, settings);
    if (outcome.kind === 'failed') return { kind: 'failed', issues: [issue('invalid_signature', source.jwt.path, outcome.message)] };
    if (outcome.kind === 'verified') {
      if (outcome.headerKey) warnings.push(headerKeyWarning(source));
      return { kind: 'verified', verified: { method: outcome.headerKey ? 'vc-jwt-header-jwk' : 'vc-jwt', ...(by !== undefined && { by }) } };
    }
    jwtMessage = outcome.message;
    if (json.list(json.get(source.received, 'proof')).length === 0) return { kind: 'unchecked', message: jwtMessage };
  }
  const embedded = await checkProofs(source.received, source.path, settings.verifiers);
  if (embedded.kind === 'failed') return embedded;
  if (embedded.kind === 'verified') {
    const who = by ?? embedded.by;
    return { kind: 'verified', verified: { method: embedded.method, ...(who !== undefined && { by: who }) } };
  }
  return { kind: 'unchecked', message: jwtMessage === undefined ? embedded.message : `${jwtMessage}; ${embedded.message}` };
}

function headerKeyWarning(source: CredentialSource): Issue {
  return issue(
    'assumed',
    source.jwt!.path,
    'the VC-JWT signature was checked against the JWK in its own header: that proves the credential was not altered after signing, not who signed it (anyone can sign with a key they put in the header); the key is assumed to be the issuer\'s',
  );
}

function checkValidity(envelope: Envelope, asOf: string, warnings: Issue[]): void {
  const until = envelope.validUntil;
  if (until && until.value.date <= asOf) {
    warnings.push(issue('expired', until.path, `the credential's validity ended ${until.value.text}, on or before ${asOf}`));
  }
  const from = envelope.validFrom;
  if (from && from.value.date > asOf) {
    warnings.push(issue('not_yet_valid', from.path, `the credential is not valid before ${from.value.text}, after ${asOf} (the asOf date)`));
  }
}
