import { describe, expect, it } from 'vitest';
import { applyJwtClaims } from '../../../src/interop/vc/applyJwtClaims.js';
import type { DecodedJwt } from '../../../src/interop/vc/decodeJwt.js';

const jwt = (payload: Record<string, unknown>): DecodedJwt => ({ token: 'x.y.z', header: { alg: 'RS256' }, payload, inner: payload['vc'] === undefined ? [] : ['vc'] });
const V2 = 'https://www.w3.org/ns/credentials/v2';

describe('applyJwtClaims', () => {
  it('fills what the credential lacks from iss, jti, sub, nbf and exp (VC 1.1 names)', () => {
    const { credential, issues } = applyJwtClaims(jwt({ vc: { credentialSubject: {} }, iss: 'https://i', jti: 'urn:c', sub: 'did:s', nbf: 1262304000, exp: 1893456000 }), []);
    expect(issues).toEqual([]);
    expect(credential).toEqual({ id: 'urn:c', issuer: 'https://i', credentialSubject: { id: 'did:s' }, issuanceDate: '2010-01-01T00:00:00Z', expirationDate: '2030-01-01T00:00:00Z' });
  });

  it('uses the VC 2.0 names for a VC 2.0 credential', () => {
    const { credential } = applyJwtClaims(jwt({ vc: { '@context': [V2] }, nbf: 0, exp: 86400 }), []);
    expect(credential).toMatchObject({ validFrom: '1970-01-01T00:00:00Z', validUntil: '1970-01-02T00:00:00Z' });
  });

  it('accepts claims that agree with the credential, whatever the zone the date is written in', () => {
    const { issues } = applyJwtClaims(jwt({ vc: { issuer: { id: 'https://i' }, issuanceDate: '2010-01-01T01:00:00+01:00' }, iss: 'https://i', nbf: 1262304000 }), []);
    expect(issues).toEqual([]);
  });

  it('refuses claims that disagree, at the claim', () => {
    const { issues } = applyJwtClaims(jwt({ vc: { id: 'urn:a', issuer: { id: 'https://i' }, credentialSubject: { id: 'did:s' }, issuanceDate: '2010-01-01T00:00:00Z' }, jti: 'urn:b', iss: 'https://j', sub: 'did:t', nbf: 5 }), ['vc0']);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_value', ['vc0', 'jti']],
      ['invalid_value', ['vc0', 'iss']],
      ['invalid_value', ['vc0', 'sub']],
      ['invalid_value', ['vc0', 'nbf']],
    ]);
  });

  it('refuses claims of the wrong type', () => {
    const { issues } = applyJwtClaims(jwt({ vc: {}, iss: 5, nbf: 'soon' }), []);
    expect(issues.map((i) => i.code)).toEqual(['invalid_type', 'invalid_date']);
  });

  it('does not change the decoded payload', () => {
    const payload = { vc: { credentialSubject: {} }, jti: 'urn:c', sub: 'did:s' };
    applyJwtClaims(jwt(payload), []);
    expect(payload).toEqual({ vc: { credentialSubject: {} }, jti: 'urn:c', sub: 'did:s' });
  });
});
