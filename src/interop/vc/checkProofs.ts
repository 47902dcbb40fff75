import type { Issue } from '../../issues/Issue.js';
import { issue } from '../../_internal/issue.js';
import { describeThrown } from '../../_internal/describeThrown.js';
import { deepFreeze } from '../../_internal/deepFreeze.js';
import type { CredentialVerifier, VerifierOutcome } from './CredentialVerifier.js';
import { json, type Path } from './values.js';

/**
 * What the caller's verifiers found for a credential's embedded proofs.
 *
 * @internal
 */
export type ProofsOutcome =
  | { readonly kind: 'verified'; readonly method: string; readonly by?: string }
  | { readonly kind: 'failed'; readonly issues: Issue[] }
  | { readonly kind: 'unchecked'; readonly message: string };

type One = ProofsOutcome | { readonly kind: 'unsupported'; readonly what: string };

/**
 * Offers each embedded proof of a credential to the first verifier that
 * supports it. Any proof that fails refuses the credential
 * (`invalid_signature` at that proof); else one that verifies is enough;
 * else the credential is unchecked, with a message saying why. A verifier
 * that throws, or answers something else than it should, cannot tell.
 *
 * @internal
 */
export async function checkProofs(credential: Readonly<Record<string, unknown>>, path: Path, verifiers: readonly CredentialVerifier[]): Promise<ProofsOutcome> {
  const proofs = json.list(json.get(credential, 'proof'));
  if (proofs.length === 0) return { kind: 'unchecked', message: 'it carries no proof (neither an embedded proof nor a VC-JWT signature)' };
  const frozen = deepFreeze(credential);
  const outcomes: One[] = [];
  for (const [i, proof] of proofs.entries()) outcomes.push(await checkOne(frozen, proof, json.itemPath(path, 'proof', credential, i), verifiers));
  const failed = outcomes.flatMap((o) => (o.kind === 'failed' ? o.issues : []));
  if (failed.length > 0) return { kind: 'failed', issues: failed };
  const verified = outcomes.find((o) => o.kind === 'verified');
  if (verified) return verified;
  const reasons = outcomes.map((o) => (o.kind === 'unsupported' ? `no verifier was given for ${o.what}` : o.kind === 'unchecked' ? o.message : ''));
  return { kind: 'unchecked', message: [...new Set(reasons)].join('; ') };
}

async function checkOne(credential: Readonly<Record<string, unknown>>, proof: unknown, at: Path, verifiers: readonly CredentialVerifier[]): Promise<One> {
  const what = describeProof(proof);
  if (!json.isObject(proof)) return { kind: 'unsupported', what };
  const verifier = verifiers.find((v) => supports(v, proof));
  if (!verifier) return { kind: 'unsupported', what };
  let outcome: VerifierOutcome;
  try {
    outcome = await verifier.verify(credential, proof);
  } catch (error) {
    return { kind: 'unchecked', message: `the ${verifier.method} verifier could not tell (${describeThrown(error)})` };
  }
  return read(outcome, verifier.method, what, at);
}

function read(outcome: VerifierOutcome, method: string, what: string, at: Path): One {
  const answer = typeof outcome === 'boolean' ? { verified: outcome } : json.isObject(outcome) && typeof outcome.verified === 'boolean' ? outcome : undefined;
  if (!answer) return { kind: 'unchecked', message: `the ${method} verifier could not tell` };
  const why = json.text(answer.message);
  if (!answer.verified) return { kind: 'failed', issues: [issue('invalid_signature', at, `the ${what} does not verify${why ? `: ${why}` : ''}`)] };
  const by = json.text(answer.by);
  return { kind: 'verified', method: json.text(answer.method) ?? method, ...(by !== undefined && { by }) };
}

function supports(verifier: CredentialVerifier, proof: Readonly<Record<string, unknown>>): boolean {
  try {
    return verifier.supports(proof) === true;
  } catch {
    return false;
  }
}

function describeProof(proof: unknown): string {
  const type = json.text(json.get(proof, 'type')) ?? 'proof of no type';
  const suite = json.text(json.get(proof, 'cryptosuite'));
  return suite === undefined ? type : `${type} (${suite})`;
}
