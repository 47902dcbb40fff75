import type { Issue } from '../../issues/Issue.js';
import { issue } from '../../_internal/issue.js';
import { describeValue } from '../../_internal/describeValue.js';
import type { ParseLimits } from '../../_internal/parseLimits.js';
import { decodeJwt, type DecodedJwt } from './decodeJwt.js';
import { applyJwtClaims } from './applyJwtClaims.js';
import { json, type Path } from './values.js';

/**
 * One credential to import, wherever it came from.
 *
 * @internal
 */
export interface CredentialSource {
  /** The credential read for import: as received, or a VC-JWT's credential with the JWT claims applied. */
  readonly credential: Readonly<Record<string, unknown>>;
  /** The credential exactly as received (for a VC-JWT, its `vc` claim or payload), kept and given to verifiers. */
  readonly received: Readonly<Record<string, unknown>>;
  /** Where the credential is in the document (for a VC-JWT, in its decoded payload). */
  readonly path: Path;
  /** The VC-JWT it came in, and where the token is in the document. */
  readonly jwt?: { readonly decoded: DecodedJwt; readonly path: Path };
}

/** A credential source, or why there is none. @internal */
export type ReadSource = { ok: true; source: CredentialSource } | { ok: false; issues: Issue[] };

/**
 * Reads the credential at `path` of a document: a JSON object as it is, or
 * a string as a compact VC-JWT (decoded, its claims applied, not yet
 * verified).
 *
 * @internal
 */
export function credentialSource(value: unknown, path: Path, limits: ParseLimits): ReadSource {
  if (typeof value === 'string') return jwtSource(value.trim(), path, limits);
  if (!json.isObject(value)) {
    return { ok: false, issues: [issue('invalid_type', path, `expected a credential (a JSON object) or a VC-JWT (a compact JWS), got ${describeValue(value)}`, { expected: 'object or VC-JWT', received: describeValue(value) })] };
  }
  return { ok: true, source: { credential: value, received: value, path } };
}

function jwtSource(token: string, path: Path, limits: ParseLimits): ReadSource {
  const decoded = decodeJwt(token, path, limits);
  if (!decoded.ok) return decoded;
  const { jwt } = decoded;
  const claims = applyJwtClaims(jwt, path);
  if (claims.issues.length > 0) return { ok: false, issues: claims.issues };
  const received = (jwt.inner.length === 0 ? jwt.payload : json.get(jwt.payload, 'vc')) as Readonly<Record<string, unknown>>;
  return { ok: true, source: { credential: claims.credential, received, path: [...path, ...jwt.inner], jwt: { decoded: jwt, path } } };
}
