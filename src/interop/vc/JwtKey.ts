/**
 * A public key written as a JSON Web Key (RFC 7517): `kty` and the
 * parameters of that key type (`n` and `e` for RSA, `crv`, `x`, `y` for EC).
 *
 * @example
 * ```ts
 * const key: PublicJwk = { kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0' };
 * ```
 *
 * @category Interop
 */
export interface PublicJwk {
  /** The key type: `RSA`, `EC`, `OKP`. */
  readonly kty: string;
  /** The other parameters of the key. */
  readonly [parameter: string]: unknown;
}

/**
 * A key to check a VC-JWT's signature with: a public JWK, a Web Crypto
 * `CryptoKey` or Node.js `KeyObject` (anything with a `type`), or the bytes
 * of a shared secret (HMAC, for closed systems only).
 *
 * @example
 * ```ts
 * const jwtKey: JwtKey = await crypto.subtle.importKey('jwk', issuerJwk, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['verify']);
 * ```
 *
 * @category Interop
 */
export type JwtKey =
  | PublicJwk
  | Uint8Array
  | {
      /** The key's type (`public`, `secret`), as `CryptoKey` and `KeyObject` have it. */
      readonly type: string;
    };

/**
 * Finds the key for a VC-JWT from its protected header and issuer, for
 * callers who keep keys by issuer or `kid` (or resolve them over the
 * network: the resolver may do I/O, credstack does not). Return `undefined`
 * when no key is known; the credential then imports unverified.
 *
 * @param token - the protected header (`alg`, `kid`, `jwk`, ...) and the `iss` claim, unverified
 * @returns the key, `undefined`, or a promise of either
 *
 * @example
 * ```ts
 * const jwtKey: JwtKeyResolver = ({ header, iss }) => keysByIssuer.get(iss ?? '')?.get(String(header['kid']));
 * ```
 *
 * @category Interop
 */
export type JwtKeyResolver = (token: {
  readonly header: Readonly<Record<string, unknown>>;
  readonly iss?: string;
}) => JwtKey | undefined | Promise<JwtKey | undefined>;
