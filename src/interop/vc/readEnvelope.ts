import type { Issue } from '../../issues/Issue.js';
import { issue } from '../../_internal/issue.js';
import { describeValue } from '../../_internal/describeValue.js';
import { showValue } from '../../_internal/showValue.js';
import { json, type Path } from './values.js';
import { readVcDate, type VcDate } from './vcDate.js';

/** A date a credential gives, and where. @internal */
export interface DatedField {
  readonly value: VcDate;
  readonly path: Path;
}

/** A credential's issuer: its id and, when given as an object, its Profile. @internal */
export interface IssuerRef {
  readonly id: string;
  readonly profile?: Readonly<Record<string, unknown>>;
  readonly path: Path;
}

/**
 * The envelope every Verifiable Credential shares, read from VC 1.1
 * (`issuanceDate`, `expirationDate`) or VC 2.0 (`validFrom`, `validUntil`).
 *
 * @internal
 */
export interface Envelope {
  readonly id?: string;
  readonly types: readonly string[];
  readonly issuer?: IssuerRef;
  /** `validFrom`, else `issuanceDate`. */
  readonly validFrom?: DatedField;
  /** `validUntil`, else `expirationDate`. */
  readonly validUntil?: DatedField;
}

/**
 * Reads a credential's envelope, pushing issues for what is missing or of
 * the wrong form: `type` and `issuer` are required, `id` must be text,
 * dates must be date-times.
 *
 * @internal
 */
export function readEnvelope(credential: unknown, path: Path, issues: Issue[]): Envelope {
  if (!json.isObject(credential)) {
    issues.push(issue('invalid_type', path, `expected a credential (a JSON object), got ${describeValue(credential)}`));
    return { types: [] };
  }
  const id = credential['id'];
  if (Object.hasOwn(credential, 'id') && json.text(id) === undefined) issues.push(issue('invalid_type', [...path, 'id'], `a credential's id must be text (a URI), got ${showValue(id)}`));
  if (!Object.hasOwn(credential, 'type')) issues.push(missing([...path, 'type'], 'type', 'the credential types, such as ["VerifiableCredential", "OpenBadgeCredential"]'));
  const issuer = readIssuer(credential, path, issues);
  const validFrom = readDate(credential, ['validFrom', 'issuanceDate'], path, issues);
  const validUntil = readDate(credential, ['validUntil', 'expirationDate'], path, issues);
  return {
    ...(typeof id === 'string' && id !== '' && { id }),
    types: json.types(credential),
    ...(issuer && { issuer }),
    ...(validFrom && { validFrom }),
    ...(validUntil && { validUntil }),
  };
}

function readIssuer(credential: Readonly<Record<string, unknown>>, path: Path, issues: Issue[]): IssuerRef | undefined {
  const at = [...path, 'issuer'];
  if (!Object.hasOwn(credential, 'issuer')) {
    issues.push(missing(at, 'issuer', "the issuer's id or Profile"));
    return undefined;
  }
  const value = credential['issuer'];
  if (typeof value === 'string' && value !== '') return { id: value, path: at };
  if (!json.isObject(value)) {
    issues.push(issue('invalid_type', at, `the issuer must be its id (a URI) or a Profile object, got ${showValue(value)}`));
    return undefined;
  }
  const id = json.text(value['id']);
  if (id === undefined) {
    issues.push(issue('invalid_type', [...at, 'id'], `the issuer's Profile needs an id (a URI), got ${showValue(value['id'])}`));
    return undefined;
  }
  return { id, profile: value, path: at };
}

function readDate(credential: Readonly<Record<string, unknown>>, fields: readonly string[], path: Path, issues: Issue[]): DatedField | undefined {
  for (const field of fields) {
    if (!Object.hasOwn(credential, field)) continue;
    const value = readVcDate(credential[field]);
    if (value) return { value, path: [...path, field] };
    issues.push(issue('invalid_date', [...path, field], `${field} must be a date-time such as 2010-01-01T00:00:00Z, got ${showValue(credential[field])}`));
    return undefined;
  }
  return undefined;
}

function missing(at: Path, field: string, what: string): Issue {
  return issue('invalid_type', at, `required field "${field}" is missing (${what})`, { expected: what, received: 'nothing' });
}
