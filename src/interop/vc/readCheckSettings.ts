import type { Issue } from '../../issues/Issue.js';
import { issue } from '../../_internal/issue.js';
import { showValue } from '../../_internal/showValue.js';
import { describeThrown } from '../../_internal/describeThrown.js';
import { isIsoDate } from '../../model/isoDate.js';
import type { CredentialVerifier } from './CredentialVerifier.js';
import type { CredentialStatusChecker } from './CredentialStatusChecker.js';
import type { JwtKey, JwtKeyResolver } from './JwtKey.js';

/**
 * The {@link CredentialCheckOptions} once read and checked.
 *
 * @internal
 */
export interface CheckSettings {
  readonly asOf?: string;
  readonly jwtKey?: JwtKey | JwtKeyResolver;
  readonly trustHeaderKey: boolean;
  readonly algorithms?: readonly string[];
  readonly verifiers: readonly CredentialVerifier[];
  readonly checkStatus?: CredentialStatusChecker;
  readonly verifiedBy?: string;
}

/** The option fields {@link readCheckSettings} reads. @internal */
export const CHECK_OPTION_FIELDS = ['asOf', 'jwtKey', 'trustHeaderKey', 'algorithms', 'verifiers', 'checkStatus', 'verifiedBy'] as const;

/**
 * Reads the check options out of the values `readOptions` found, pushing an
 * `invalid_option` issue at `['options', field]` for each that is not what
 * it should be. Never throws, even for proxies and throwing getters.
 *
 * @internal
 */
export function readCheckSettings(values: ReadonlyMap<string, unknown>, issues: Issue[]): CheckSettings {
  const bad = (field: string, expected: string, value: unknown): void => {
    issues.push(issue('invalid_option', ['options', field], `${field} must be ${expected}, got ${showValue(value)}`, { expected, received: showValue(value) }));
  };
  const asOf = values.get('asOf');
  if (asOf !== undefined && !(typeof asOf === 'string' && isIsoDate(asOf))) bad('asOf', 'a date written YYYY-MM-DD', asOf);
  const trust = values.get('trustHeaderKey');
  if (trust !== undefined && typeof trust !== 'boolean') bad('trustHeaderKey', 'true or false', trust);
  const by = values.get('verifiedBy');
  if (by !== undefined && typeof by !== 'string') bad('verifiedBy', 'text', by);
  const status = values.get('checkStatus');
  if (status !== undefined && typeof status !== 'function') bad('checkStatus', 'a function', status);
  const key = values.get('jwtKey');
  if (key !== undefined && !isKey(key)) bad('jwtKey', 'a public JWK, a CryptoKey or KeyObject, bytes, or a function', key);
  return {
    ...(typeof asOf === 'string' && { asOf }),
    ...(key !== undefined && { jwtKey: key as JwtKey | JwtKeyResolver }),
    trustHeaderKey: trust === true,
    ...withAlgorithms(values.get('algorithms'), bad),
    verifiers: readVerifiers(values.get('verifiers'), issues),
    ...(typeof status === 'function' && { checkStatus: status as CredentialStatusChecker }),
    ...(typeof by === 'string' && { verifiedBy: by }),
  };
}

function isKey(key: unknown): boolean {
  return typeof key === 'function' || key instanceof Uint8Array || (key !== null && typeof key === 'object');
}

function withAlgorithms(value: unknown, bad: (field: string, expected: string, value: unknown) => void): { algorithms?: readonly string[] } {
  if (value === undefined) return {};
  const list = copyList(value);
  if (!list || list.length === 0 || !list.every((a) => typeof a === 'string' && a !== '')) {
    bad('algorithms', 'a non-empty list of JWS algorithm names', value);
    return {};
  }
  return { algorithms: Object.freeze(list as string[]) };
}

function readVerifiers(value: unknown, issues: Issue[]): readonly CredentialVerifier[] {
  if (value === undefined) return [];
  const list = copyList(value);
  if (!list) {
    issues.push(issue('invalid_option', ['options', 'verifiers'], `verifiers must be a list, got ${showValue(value)}`));
    return [];
  }
  const out: CredentialVerifier[] = [];
  list.forEach((v, i) => {
    const problem = verifierProblem(v);
    if (problem) issues.push(issue('invalid_option', ['options', 'verifiers', i], problem));
    else out.push(v as CredentialVerifier);
  });
  return out;
}

function verifierProblem(v: unknown): string | undefined {
  try {
    if (v === null || typeof v !== 'object') return `a verifier must be an object with method, supports and verify, got ${showValue(v)}`;
    const { method, supports, verify } = v as Record<string, unknown>;
    if (typeof method !== 'string' || method === '') return 'a verifier needs a method name (text), recorded as verified.method';
    if (typeof supports !== 'function' || typeof verify !== 'function') return 'a verifier needs the functions supports(proof) and verify(credential, proof)';
    return undefined;
  } catch (error) {
    return `the verifier cannot be read: ${describeThrown(error)}`;
  }
}

function copyList(value: unknown): unknown[] | undefined {
  try {
    return Array.isArray(value) ? [...(value as unknown[])] : undefined;
  } catch {
    return undefined;
  }
}
