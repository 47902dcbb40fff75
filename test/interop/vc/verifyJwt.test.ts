import { describe, expect, it } from 'vitest';
import { CompactSign, exportJWK, generateKeyPair } from 'jose';
import { decodeJwt } from '../../../src/interop/vc/decodeJwt.js';
import { verifyJwt } from '../../../src/interop/vc/verifyJwt.js';
import type { CheckSettings } from '../../../src/interop/vc/readCheckSettings.js';
import { DEFAULT_LIMITS } from '../../../src/_internal/parseLimits.js';
import { fixtureText, jwtParts, tamper } from './fixtures.js';

const settings = (extra: Partial<CheckSettings> = {}): CheckSettings => ({ trustHeaderKey: false, verifiers: [], ...extra });

function decoded(token: string) {
  const read = decodeJwt(token, [], DEFAULT_LIMITS);
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return read.jwt;
}

async function sign(payload: object, header: Record<string, unknown>, key: Parameters<CompactSign['sign']>[0]): Promise<string> {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader({ alg: 'RS256', ...header }).sign(key);
}

describe('verifyJwt', () => {
  const clr = fixtureText('clr2/simple.jwt');

  it('checks clr2/simple.jwt against the JWK in its header only when trusted', async () => {
    expect(await verifyJwt(decoded(clr), settings({ trustHeaderKey: true }))).toEqual({ kind: 'verified', headerKey: true });
    const untrusted = await verifyJwt(decoded(clr), settings());
    expect(untrusted).toMatchObject({ kind: 'unchecked' });
    expect(untrusted.kind === 'unchecked' && untrusted.message).toContain('trustHeaderKey');
  });

  it('fails a tampered payload against the header key', async () => {
    const token = tamper(clr, (p) => ((p['vc'] as Record<string, unknown>)['name'] = 'Forged Transcript'));
    const outcome = await verifyJwt(decoded(token), settings({ trustHeaderKey: true }));
    expect(outcome).toMatchObject({ kind: 'failed' });
  });

  it('checks against a key the caller gives, as a JWK or through a resolver, in preference to the header', async () => {
    const jwk = jwtParts(clr).header['jwk'] as { kty: string };
    expect(await verifyJwt(decoded(clr), settings({ jwtKey: jwk }))).toEqual({ kind: 'verified', headerKey: false });
    const seen: unknown[] = [];
    const resolver = (token: { header: Readonly<Record<string, unknown>>; iss?: string }) => {
      seen.push(token.iss);
      return jwk;
    };
    expect(await verifyJwt(decoded(clr), settings({ jwtKey: resolver, trustHeaderKey: true }))).toEqual({ kind: 'verified', headerKey: false });
    expect(seen).toEqual(['https://example.edu/issuers/565049']);
  });

  it('fails against another key, and reports a resolver that throws as not checked', async () => {
    const other = await generateKeyPair('RS256');
    expect(await verifyJwt(decoded(clr), settings({ jwtKey: await exportJWK(other.publicKey) as { kty: string } }))).toMatchObject({ kind: 'failed' });
    const thrown = await verifyJwt(decoded(clr), settings({ jwtKey: () => { throw new Error('no network'); } }));
    expect(thrown.kind === 'unchecked' && thrown.message).toContain('no network');
  });

  it('falls back to the header key when the resolver knows no key', async () => {
    expect(await verifyJwt(decoded(clr), settings({ jwtKey: () => undefined, trustHeaderKey: true }))).toEqual({ kind: 'verified', headerKey: true });
  });

  it('refuses an algorithm the caller did not allow', async () => {
    const jwk = jwtParts(clr).header['jwk'] as { kty: string };
    expect(await verifyJwt(decoded(clr), settings({ jwtKey: jwk, algorithms: ['ES256'] }))).toMatchObject({ kind: 'failed' });
  });

  it('never uses a header key that is private or a shared secret', async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    const privateJwk = await exportJWK(pair.privateKey);
    const token = await sign({ iss: 'x' }, { jwk: privateJwk }, pair.privateKey);
    const outcome = await verifyJwt(decoded(token), settings({ trustHeaderKey: true }));
    expect(outcome.kind === 'unchecked' && outcome.message).toContain('not a public key');
  });

  it('reads no clock: an exp long past does not stop a valid signature', async () => {
    const pair = await generateKeyPair('RS256');
    const token = await sign({ exp: 1, nbf: 0 }, {}, pair.privateKey);
    expect(await verifyJwt(decoded(token), settings({ jwtKey: pair.publicKey }))).toEqual({ kind: 'verified', headerKey: false });
  });
});

describe('decodeJwt', () => {
  it('refuses the one-part edc/open-badge-mc-signed.jwt (a header without payload or signature)', () => {
    const read = decodeJwt(fixtureText('edc/open-badge-mc-signed.jwt').trim(), [], DEFAULT_LIMITS);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.issues[0]).toMatchObject({ code: 'malformed', path: [] });
    if (!read.ok) expect(read.issues[0]!.message).toContain('one part');
  });

  it('reads where the credential is: the vc claim, or the payload itself', () => {
    expect(decoded(fixtureText('ob3/simple.jwt')).inner).toEqual(['vc']);
    const { header, signature } = jwtParts(fixtureText('ob3/simple.jwt'));
    const enc = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
    expect(decoded(`${enc(header)}.${enc({ '@context': [], type: ['VerifiableCredential'] })}.${signature}`).inner).toEqual([]);
  });

  it.each([
    ['a.b', 'three parts'],
    ['!!!.e30.x', 'base64url'],
    [`${Buffer.from('[1]').toString('base64url')}.e30.x`, 'not a JSON object'],
    [`e30.${Buffer.from('{"vc": 3}').toString('base64url')}.x`, 'vc claim'],
    [`e30.${Buffer.from('{"a":1,"a":2}').toString('base64url')}.x`, 'twice'],
  ])('refuses %s with a clear issue', (token, words) => {
    const read = decodeJwt(token, ['at'], DEFAULT_LIMITS);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.issues[0]!.message).toContain(words);
    if (!read.ok) expect(read.issues[0]!.path[0]).toBe('at');
  });
});
