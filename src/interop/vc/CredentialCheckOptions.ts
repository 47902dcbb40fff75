import type { CredentialVerifier } from './CredentialVerifier.js';
import type { CredentialStatusChecker } from './CredentialStatusChecker.js';
import type { JwtKey, JwtKeyResolver } from './JwtKey.js';

/**
 * How the importers check a credential's proof, status and validity. None
 * of it reads a clock or the network: the date is `asOf`, keys, proof
 * verifiers and status lookups are the caller's.
 *
 * @example
 * ```ts
 * const options: CredentialCheckOptions = { asOf: '2024-06-30', jwtKey: issuerPublicJwk, checkStatus };
 * ```
 *
 * @category Interop
 */
export interface CredentialCheckOptions {
  /**
   * The day of the import, `YYYY-MM-DD`: a credential whose validity ends on
   * or before it gets an `expired` warning, one valid only after it a
   * `not_yet_valid` warning. Without it, neither is judged at import (the
   * achievements' `expiresOn` still lets an audit judge it).
   */
  readonly asOf?: string;
  /** The key to check VC-JWT signatures with, or a function that finds it from the token's header and issuer. */
  readonly jwtKey?: JwtKey | JwtKeyResolver;
  /**
   * Check a VC-JWT against the public JWK its own header carries when no
   * `jwtKey` gives one. That proves the token was not altered after it was
   * signed, not who signed it (anyone can sign with a key they put in the
   * header), so each use adds an `assumed` warning. Default `false`.
   */
  readonly trustHeaderKey?: boolean;
  /** The JWS algorithms accepted (`['RS256', 'ES256']`); default every one the key can do. `none` is never accepted. */
  readonly algorithms?: readonly string[];
  /** Checkers for embedded proofs (Data Integrity and others), tried in order. */
  readonly verifiers?: readonly CredentialVerifier[];
  /** Looks up `credentialStatus` entries (revocation and suspension lists). */
  readonly checkStatus?: CredentialStatusChecker;
  /** Recorded as `verified.by` on achievements whose proof was checked (`registrar`). */
  readonly verifiedBy?: string;
}
