import { base64url } from 'jose';
import type { Issue } from '../../issues/Issue.js';
import { issue } from '../../_internal/issue.js';
import { parseText } from '../../_internal/parseText.js';
import type { ParseLimits } from '../../_internal/parseLimits.js';
import { json, type Path } from './values.js';

/**
 * A compact JWS read but not yet verified: its header and payload, and
 * where the credential sits in the payload.
 *
 * @internal
 */
export interface DecodedJwt {
  /** The token as given, for verification and to keep. */
  readonly token: string;
  /** The protected header. */
  readonly header: Readonly<Record<string, unknown>>;
  /** The payload (JWT claims). */
  readonly payload: Readonly<Record<string, unknown>>;
  /** `['vc']` when the credential is the payload's `vc` claim (VC-JWT), `[]` when it is the payload itself. */
  readonly inner: Path;
}

const COMPACT = /^[A-Za-z0-9_=-]+(\.[A-Za-z0-9_=-]*)*$/;

/**
 * Whether a text is made of base64url segments joined by dots, as a compact
 * JWS is (it may still have the wrong number of segments).
 *
 * @internal
 */
export function looksLikeJwt(text: string): boolean {
  return COMPACT.test(text);
}

/**
 * Splits and decodes a compact JWS, checking that header and payload are
 * JSON objects within the size limits. Issues are at `path` (where the
 * token is); issues inside the payload continue that path into it.
 *
 * @internal
 */
export function decodeJwt(token: string, path: Path, limits: ParseLimits): { ok: true; jwt: DecodedJwt } | { ok: false; issues: Issue[] } {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] === '' || parts[1] === '') {
    const got = parts.length === 1 ? 'one part (a header alone, with no payload or signature)' : `${parts.length} parts`;
    return fail(issue('malformed', path, `a VC-JWT is a compact JWS of three parts (header.payload.signature) separated by dots; this one has ${got}`));
  }
  const header = decodePart(parts[0]!, 'header', path, limits);
  if (!header.ok) return header;
  const payload = decodePart(parts[1]!, 'payload', path, limits);
  if (!payload.ok) return payload;
  const vc = json.get(payload.value, 'vc');
  if (vc !== undefined && !json.isObject(vc)) return fail(issue('invalid_type', [...path, 'vc'], 'the vc claim of a VC-JWT must be the credential (a JSON object)'));
  return { ok: true, jwt: { token, header: header.value, payload: payload.value, inner: vc === undefined ? [] : ['vc'] } };
}

type Part = { ok: true; value: Readonly<Record<string, unknown>> } | { ok: false; issues: Issue[] };

function decodePart(part: string, what: 'header' | 'payload', path: Path, limits: ParseLimits): Part {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(base64url.decode(part));
  } catch {
    return fail(issue('malformed', path, `the JWT ${what} is not base64url-encoded UTF-8 text`));
  }
  if (!text.trimStart().startsWith('{')) return fail(issue('malformed', path, `the JWT ${what} is not a JSON object`));
  const read = parseText(text, limits);
  if (!read.ok) {
    // Line and column would point into the decoded text, which the caller never sees.
    return { ok: false, issues: read.issues.map((i) => issue(i.code, [...path, ...i.path], `in the JWT ${what}: ${i.message}`)) };
  }
  if (!json.isObject(read.value)) return fail(issue('malformed', path, `the JWT ${what} is not a JSON object`));
  return { ok: true, value: read.value };
}

function fail(found: Issue): { ok: false; issues: Issue[] } {
  return { ok: false, issues: [found] };
}
