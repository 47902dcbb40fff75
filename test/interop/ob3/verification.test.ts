import { describe, expect, it } from 'vitest';
import { CompactSign, exportJWK, generateKeyPair } from 'jose';
import { safeImportOpenBadge } from '../../../src/interop/ob3/safeImportOpenBadge.js';
import type { CredentialVerifier } from '../../../src/interop/vc/CredentialVerifier.js';
import { fixtureJson, fixtureText, jwtParts, tamper } from '../vc/fixtures.js';

const ACHIEVEMENT = { id: 'https://example.edu/achievements/degree', type: ['Achievement'], name: 'Degree', criteria: { narrative: 'Complete it.' } };

async function signed(payload: object, withJwk: boolean) {
  const pair = await generateKeyPair('RS256', { extractable: true });
  const jwk = await exportJWK(pair.publicKey);
  const header = { alg: 'RS256', typ: 'JOSE', ...(withJwk && { jwk }) };
  const token = await new CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader(header).sign(pair.privateKey);
  return { token, jwk: jwk as { kty: string }, publicKey: pair.publicKey };
}

describe('VC-JWT credentials', () => {
  const simple = fixtureText('ob3/simple.jwt');

  it('imports ob3/simple.jwt as it is (no achievement in its subject) unverified without a key, saying what it assumed', async () => {
    const result = await safeImportOpenBadge(simple, { asOf: '2024-06-30' });
    if (!result.success) throw new Error(JSON.stringify(result.issues));
    const a = result.data.record.achievements[0]!;
    expect(a).not.toHaveProperty('verified');
    expect(a).toMatchObject({ id: 'http://example.edu/credentials/3732', earnedOn: '2010-01-01', externalId: { scheme: 'ob3', id: 'http://example.edu/credentials/3732' } });
    expect(result.warnings.map((i) => [i.code, i.path])).toContainEqual(['assumed', ['vc', 'credentialSubject', 'achievement']]);
    expect(result.warnings.map((i) => i.code)).toContain('unverified');
  });

  it('imports ob3/simple.jwt (achievement restored) unverified without a key, with the claims mapped', async () => {
    const token = tamper(simple, (p) => {
      const vc = p['vc'] as Record<string, Record<string, unknown>>;
      vc['credentialSubject']!['achievement'] = ACHIEVEMENT;
      delete vc['credentialSubject']!['id'];
    });
    const result = await safeImportOpenBadge(token, { asOf: '2024-06-30' });
    if (!result.success) throw new Error(JSON.stringify(result.issues));
    const a = result.data.record.achievements[0]!;
    expect(a).not.toHaveProperty('verified');
    expect(a).toMatchObject({ id: 'http://example.edu/credentials/3732', earnedOn: '2010-01-01', issuer: 'https://example.edu/issuers/565049' });
    expect(result.data.record.learner).toEqual({ id: 'did:example:ebfeb1f712ebc6f1c276e12ec21' });
    expect(result.warnings.map((w) => [w.code, w.path])).toEqual([['unverified', ['vc']]]);
    expect(result.warnings[0]!.message).toContain('no key was given');
    expect(a.extensions?.['ob3']).toMatchObject({ jwt: token });
    // With a key, the same token (its payload changed after signing) is refused.
    const other = await generateKeyPair('RS256');
    const refused = await safeImportOpenBadge(token, { jwtKey: other.publicKey });
    expect(!refused.success && refused.issues.map((i) => [i.code, i.path])).toEqual([['invalid_signature', []]]);
  });

  it('verifies a VC-JWT against the key given: verified { method: vc-jwt }, by whom when told', async () => {
    const vc = fixtureJson('ob3/simple.json');
    delete vc['proof'];
    const { token, publicKey } = await signed({ vc, iss: 'https://example.com/issuers/876543', jti: vc['id'], nbf: 1262304000 }, false);
    const result = await safeImportOpenBadge(token, { asOf: '2024-06-30', jwtKey: publicKey, verifiedBy: 'registrar' });
    if (!result.success) throw new Error(JSON.stringify(result.issues));
    expect(result.data.record.achievements[0]!.verified).toEqual({ method: 'vc-jwt', by: 'registrar' });
    expect(result.warnings).toEqual([]);
  });

  it('refuses a VC-JWT whose nbf disagrees with the credential\'s validFrom', async () => {
    const vc = fixtureJson('ob3/simple.json');
    const { token, publicKey } = await signed({ vc, nbf: 1262304000 + 86400 }, false);
    const result = await safeImportOpenBadge(token, { jwtKey: publicKey });
    expect(!result.success && result.issues.map((i) => [i.code, i.path])).toEqual([['invalid_value', ['nbf']]]);
  });
});

describe('the EU micro-credential signed as an Open Badge', () => {
  it('refuses edc/open-badge-mc-signed.jwt as it is stored: a header with no payload or signature', async () => {
    const text = fixtureText('edc/open-badge-mc-signed.jwt');
    const result = await safeImportOpenBadge(text, { trustHeaderKey: true });
    expect(!result.success && result.issues.map((i) => [i.code, i.path])).toEqual([['malformed', []]]);
    const header = JSON.parse(Buffer.from(text.trim(), 'base64url').toString('utf8')) as Record<string, Record<string, unknown>>;
    expect(header['jwk']).toMatchObject({ kty: 'RSA', alg: 'RS256' });
    expect(header['jwk']).not.toHaveProperty('d');
  });

  it('verifies open-badge-mc-example.json signed with its JWK in the header (as the fixture is) only with trustHeaderKey, and refuses it tampered', async () => {
    const vc = fixtureJson('edc/open-badge-mc-example.json');
    const { token } = await signed(vc, true);
    const trusted = await safeImportOpenBadge(token, { asOf: '2026-06-30', trustHeaderKey: true, creditSystem: 'ects', catalogParts: true });
    if (!trusted.success) throw new Error(JSON.stringify(trusted.issues));
    expect(trusted.data.record.achievements[0]).toMatchObject({ verified: { method: 'vc-jwt-header-jwk' }, earnedOn: '2026-01-12' });
    expect(trusted.warnings.map((w) => w.code)).toEqual(['assumed']);
    expect(trusted.warnings[0]!.message).toContain('not who signed it');
    expect(trusted.data.catalog!.units[0]).toMatchObject({ kind: 'micro-credential', credits: { value: 5, system: 'ects' }, competencies: ['Develop test procedures', 'Analyse test data'] });
    const untrusted = await safeImportOpenBadge(token, { asOf: '2026-06-30' });
    expect(untrusted.success && untrusted.warnings.map((w) => w.code)).toEqual(['unverified']);
    const forged = tamper(token, (p) => ((p['credentialSubject'] as Record<string, unknown>)['id'] = 'urn:uuid:someone-else'));
    const refused = await safeImportOpenBadge(forged, { trustHeaderKey: true });
    expect(!refused.success && refused.issues.map((i) => [i.code, i.path])).toEqual([['invalid_signature', []]]);
    expect(jwtParts(forged).header['jwk']).toBeDefined();
  });
});

describe('embedded proofs through verifiers', () => {
  const eddsa = (outcome: () => unknown, seen: unknown[] = []): CredentialVerifier => ({
    method: 'eddsa-2022',
    supports: (proof) => proof['type'] === 'DataIntegrityProof' && proof['cryptosuite'] === 'eddsa-2022',
    verify: (credential, proof) => {
      seen.push({ frozen: Object.isFrozen(credential) && Object.isFrozen(credential['credentialSubject']), proof: proof['proofValue'] });
      return outcome() as ReturnType<CredentialVerifier['verify']>;
    },
  });
  const text = fixtureText('ob3/simple-eddsa-2022.json');

  it('marks simple-eddsa-2022.json verified by the verifier that checks it, which sees it frozen', async () => {
    const seen: unknown[] = [];
    const result = await safeImportOpenBadge(text, { verifiers: [eddsa(() => true, seen)] });
    if (!result.success) throw new Error(JSON.stringify(result.issues));
    expect(result.data.record.achievements[0]!.verified).toEqual({ method: 'eddsa-2022' });
    expect(seen).toEqual([{ frozen: true, proof: 'z2H1miRAGKPRCPUSudNTPrsWyvpRZzgtgjPBmnMkbcwR8StwEv8dr3NigviBgvZwBu8yA7wAyF5qLjyo3zN1UqLR2' }]);
  });

  it('refuses it when the verifier says the proof fails, at the proof', async () => {
    const result = await safeImportOpenBadge(text, { verifiers: [eddsa(() => ({ verified: false, message: 'bad signature' }))] });
    expect(!result.success && result.issues.map((i) => [i.code, i.path, i.message])).toEqual([['invalid_signature', ['proof', 0], 'the DataIntegrityProof (eddsa-2022) does not verify: bad signature']]);
  });

  it.each([
    ['cannot tell', () => undefined, 'could not tell'],
    ['throws', () => { throw new Error('did:web unreachable'); }, 'did:web unreachable'],
    ['answers nonsense', () => 'yes', 'could not tell'],
  ])('imports it unverified when the verifier %s', async (_what, outcome, words) => {
    const result = await safeImportOpenBadge(text, { verifiers: [eddsa(outcome)] });
    if (!result.success) throw new Error(JSON.stringify(result.issues));
    expect(result.data.record.achievements[0]).not.toHaveProperty('verified');
    expect(result.warnings[0]).toMatchObject({ code: 'unverified' });
    expect(result.warnings[0]!.message).toContain(words);
  });

  it('records the method and verifier the outcome names', async () => {
    const result = await safeImportOpenBadge(text, { verifiers: [eddsa(() => ({ verified: true, method: 'eddsa-rdfc-2022', by: 'did resolver' }))] });
    expect(result.success && result.data.record.achievements[0]!.verified).toEqual({ method: 'eddsa-rdfc-2022', by: 'did resolver' });
  });

  it('refuses a credential when one of its proofs fails even if another verifies', async () => {
    const doc = fixtureJson('ob3/simple-eddsa-2022.json');
    const proof = (doc['proof'] as Record<string, unknown>[])[0]!;
    doc['proof'] = [proof, { ...proof, proofValue: 'zBad' }];
    const verifier = eddsa(() => true);
    const picky: CredentialVerifier = { ...verifier, verify: (_c, p) => p['proofValue'] !== 'zBad' };
    const result = await safeImportOpenBadge(doc, { verifiers: [picky] });
    expect(!result.success && result.issues.map((i) => i.path)).toEqual([['proof', 1]]);
  });
});
