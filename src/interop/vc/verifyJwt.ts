import { compactVerify, errors, type KeyInput } from 'jose';
import { describeThrown } from '../../_internal/describeThrown.js';
import type { DecodedJwt } from './decodeJwt.js';
import type { CheckSettings } from './readCheckSettings.js';
import type { JwtKey } from './JwtKey.js';
import { json } from './values.js';

/**
 * What checking a VC-JWT's signature found.
 *
 * @internal
 */
export type JwtOutcome =
  | { readonly kind: 'verified'; readonly headerKey: boolean }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'unchecked'; readonly message: string };

/** Asymmetric algorithms only: a shared secret carried in a header would prove nothing. */
const PUBLIC_KEY_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];

/**
 * Checks a VC-JWT's signature with jose's `compactVerify`, which checks the
 * signature only: it reads no clock (validity is judged from `asOf`
 * elsewhere). The key is the caller's (`jwtKey`, or what its resolver
 * finds); failing that, with `trustHeaderKey`, the public JWK in the
 * token's own header. Never throws.
 *
 * @internal
 */
export async function verifyJwt(jwt: DecodedJwt, settings: CheckSettings): Promise<JwtOutcome> {
  const given = await callerKey(jwt, settings);
  if (given.kind === 'error') return { kind: 'unchecked', message: given.message };
  if (given.key !== undefined) return check(jwt.token, given.key, settings.algorithms, false);
  const jwk = jwt.header['jwk'];
  if (!settings.trustHeaderKey || !json.isObject(jwk)) {
    const hint = json.isObject(jwk) ? ' (its header carries a JWK: pass trustHeaderKey: true to check the signature against it)' : '';
    return { kind: 'unchecked', message: `the VC-JWT signature was not checked: no key was given${hint}` };
  }
  if (Object.hasOwn(jwk, 'd') || jwk['kty'] === 'oct') {
    return { kind: 'unchecked', message: 'the JWK in the VC-JWT header is not a public key (it is a secret or private key), so it proves nothing and was not used' };
  }
  const allowed = PUBLIC_KEY_ALGORITHMS.filter((a) => settings.algorithms === undefined || settings.algorithms.includes(a));
  return check(jwt.token, jwk as JwtKey, allowed, true);
}

async function callerKey(jwt: DecodedJwt, settings: CheckSettings): Promise<{ kind: 'key'; key: JwtKey | undefined } | { kind: 'error'; message: string }> {
  const option = settings.jwtKey;
  if (typeof option !== 'function') return { kind: 'key', key: option };
  try {
    const iss = json.text(jwt.payload['iss']);
    const key = await option({ header: jwt.header, ...(iss !== undefined && { iss }) });
    return { kind: 'key', key: key ?? undefined };
  } catch (error) {
    return { kind: 'error', message: `the VC-JWT signature was not checked: the jwtKey resolver failed (${describeThrown(error)})` };
  }
}

async function check(token: string, key: JwtKey, algorithms: readonly string[] | undefined, headerKey: boolean): Promise<JwtOutcome> {
  try {
    await compactVerify(token, key as KeyInput, algorithms === undefined ? {} : { algorithms: [...algorithms] });
    return { kind: 'verified', headerKey };
  } catch (error) {
    if (error instanceof errors.JOSENotSupported) {
      return { kind: 'unchecked', message: `the VC-JWT signature was not checked: ${describeThrown(error)}` };
    }
    const whose = headerKey ? 'the key in its header' : 'the key given';
    if (error instanceof errors.JWSSignatureVerificationFailed) return { kind: 'failed', message: `the VC-JWT signature does not verify against ${whose}` };
    return { kind: 'failed', message: `the VC-JWT signature cannot be verified with ${whose}: ${describeThrown(error)}` };
  }
}
