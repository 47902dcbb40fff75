import { isObject } from './EdcReader.js';
import { keepRest } from './keepRest.js';

/** What the rest of one achievement's credential is cut from. @internal */
export interface CredentialParts {
  /** The credential. */
  readonly root: Readonly<Record<string, unknown>>;
  /** The root fields mapped exactly (the id, when it is the achievement's). */
  readonly rootMapped: readonly string[];
  /** The subject's fields mapped exactly (its id, a plain `fullName`). */
  readonly subjectMapped: readonly string[];
  /** Which claims (by position in `hasClaim`) became achievements. */
  readonly achievementClaims: readonly number[];
}

/**
 * What an achievement keeps of its credential in `extensions.edc`: the
 * credential but for what was mapped exactly, and for what other objects
 * of the import carry. Its claim keeps references in place of the
 * specification (`{ id }` of the unit) and of the awarding bodies
 * (`{ id }` of each organisation); the other achievements' claims are left
 * to them; claims that are not achievements stay with the first.
 *
 * @param claim - the position of this achievement's claim in `hasClaim`
 * @param unitId - the id of the unit read from its specification
 * @internal
 */
export function credentialRest(parts: CredentialParts, claim: number, unitId: string): Record<string, unknown> | undefined {
  const rest = keepRest(parts.root, [...parts.rootMapped, 'credentialSubject']) ?? {};
  const subjects = parts.root['credentialSubject'];
  const subjectRest = (subject: unknown): unknown => {
    if (!isObject(subject)) return subject;
    const kept = keepRest(subject, [...parts.subjectMapped, 'hasClaim']) ?? {};
    const claims = subject['hasClaim'];
    if (claims === undefined) return kept;
    const first = parts.achievementClaims[0] === claim;
    const keep = (value: unknown, i: number): unknown[] => {
      if (i === claim) return [claimRest(value, unitId)];
      return parts.achievementClaims.includes(i) || !first ? [] : [value];
    };
    return { ...kept, hasClaim: Array.isArray(claims) ? claims.flatMap(keep) : keep(claims, 0)[0] };
  };
  const credentialSubject = Array.isArray(subjects) ? subjects.map((s, i) => (i === 0 ? subjectRest(s) : s)) : subjectRest(subjects);
  if (subjects !== undefined) Object.defineProperty(rest, 'credentialSubject', { value: credentialSubject, enumerable: true, writable: true, configurable: true });
  return Object.keys(rest).length > 0 ? rest : undefined;
}

function claimRest(claim: unknown, unitId: string): unknown {
  if (!isObject(claim)) return claim;
  const out: Record<string, unknown> = { ...claim };
  if (claim['specifiedBy'] !== undefined) out['specifiedBy'] = mapFirst(claim['specifiedBy'], (s) => (isObject(s) ? { id: unitId } : s));
  if (claim['awardedBy'] !== undefined) {
    out['awardedBy'] = mapAll(claim['awardedBy'], (a) =>
      isObject(a) && a['awardingBody'] !== undefined ? { ...a, awardingBody: mapAll(a['awardingBody'], reference) } : a,
    );
  }
  return out;
}

function reference(body: unknown): unknown {
  return isObject(body) && typeof body['id'] === 'string' ? { id: body['id'] } : body;
}

function mapFirst(value: unknown, f: (v: unknown) => unknown): unknown {
  return Array.isArray(value) ? value.map((v, i) => (i === 0 ? f(v) : v)) : f(value);
}

function mapAll(value: unknown, f: (v: unknown) => unknown): unknown {
  return Array.isArray(value) ? value.map(f) : f(value);
}
