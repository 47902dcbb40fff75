import type { Issue } from '../../issues/Issue.js';
import { issue } from '../../_internal/issue.js';
import { showValue } from '../../_internal/showValue.js';
import type { DecodedJwt } from './decodeJwt.js';
import { json, type Path } from './values.js';
import { numericDateText, readVcDate } from './vcDate.js';

const VC2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';

/**
 * The credential a VC-JWT carries, with its registered claims applied as
 * the VC-JWT rules say: `jti` is the credential's `id`, `iss` its issuer,
 * `sub` its subject's `id`, `nbf` its `issuanceDate` (`validFrom` in VC
 * 2.0) and `exp` its `expirationDate` (`validUntil`). A claim fills the
 * field when the credential lacks it; when both are given they must agree,
 * else an `invalid_value` issue at the claim. Returns a copy: the decoded
 * payload is not changed.
 *
 * @internal
 */
export function applyJwtClaims(jwt: DecodedJwt, path: Path): { credential: Record<string, unknown>; issues: Issue[] } {
  const source = (jwt.inner.length === 0 ? jwt.payload : json.get(jwt.payload, 'vc')) as Readonly<Record<string, unknown>>;
  const credential: Record<string, unknown> = { ...source };
  const issues: Issue[] = [];
  const claim = (name: string): unknown => json.get(jwt.payload, name);
  const v2 = json.list(json.get(source, '@context')).includes(VC2_CONTEXT);
  applyText(credential, 'id', claim('jti'), [...path, 'jti'], issues);
  applyIssuer(credential, claim('iss'), [...path, 'iss'], issues);
  applySubject(credential, claim('sub'), [...path, 'sub'], issues);
  applyDate(credential, v2 ? ['validFrom', 'issuanceDate'] : ['issuanceDate', 'validFrom'], claim('nbf'), [...path, 'nbf'], issues);
  applyDate(credential, v2 ? ['validUntil', 'expirationDate'] : ['expirationDate', 'validUntil'], claim('exp'), [...path, 'exp'], issues);
  return { credential, issues };
}

function applyText(target: Record<string, unknown>, field: string, value: unknown, at: Path, issues: Issue[]): void {
  if (value === undefined) return;
  if (typeof value !== 'string') {
    issues.push(issue('invalid_type', at, `the ${String(at[at.length - 1])} claim must be text, got ${showValue(value)}`));
    return;
  }
  if (!Object.hasOwn(target, field)) target[field] = value;
  else if (target[field] !== value) issues.push(disagree(at, value, field, target[field]));
}

function applyIssuer(target: Record<string, unknown>, value: unknown, at: Path, issues: Issue[]): void {
  const given = target['issuer'];
  if (value === undefined || !Object.hasOwn(target, 'issuer') || !json.isObject(given)) {
    applyText(target, 'issuer', value, at, issues);
    return;
  }
  if (typeof value !== 'string') applyText(target, 'issuer', value, at, issues);
  else if (given['id'] !== value) issues.push(disagree(at, value, 'issuer.id', given['id']));
}

function applySubject(target: Record<string, unknown>, value: unknown, at: Path, issues: Issue[]): void {
  const subject = target['credentialSubject'];
  if (value === undefined || !json.isObject(subject)) return;
  const copy: Record<string, unknown> = { ...subject };
  applyText(copy, 'id', value, at, issues);
  target['credentialSubject'] = copy;
}

function applyDate(target: Record<string, unknown>, fields: readonly [string, string], value: unknown, at: Path, issues: Issue[]): void {
  if (value === undefined) return;
  const text = numericDateText(value);
  if (text === undefined) {
    issues.push(issue('invalid_date', at, `the ${String(at[at.length - 1])} claim must be a NumericDate (seconds since 1970), got ${showValue(value)}`));
    return;
  }
  const field = fields.find((f) => Object.hasOwn(target, f));
  if (field === undefined) {
    target[fields[0]] = text;
    return;
  }
  const given = readVcDate(target[field]);
  if (given && given.epochSeconds !== Math.floor(value as number)) issues.push(disagree(at, text, field, target[field]));
}

function disagree(at: Path, claim: string, field: string, given: unknown): Issue {
  const name = String(at[at.length - 1]);
  return issue('invalid_value', at, `the JWT's ${name} claim (${showValue(claim)}) differs from the credential's ${field} (${showValue(given)}); VC-JWT requires them to agree`, {
    expected: showValue(given),
    received: showValue(claim),
  });
}
