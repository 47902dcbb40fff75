import type { Issue } from '../../issues/Issue.js';
import { issue } from '../../_internal/issue.js';
import { describeValue } from '../../_internal/describeValue.js';
import { json, type Path } from '../vc/values.js';

/** An item of one of a ClrSubject's lists, and where it is. @internal */
export interface Located {
  readonly value: unknown;
  readonly path: Path;
}

/** A ClrSubject: the learner and the lists the importer reads. @internal */
export interface ClrSubjectView {
  readonly subjectId?: string;
  readonly subjectPath: Path;
  readonly credentials: readonly Located[];
  readonly achievements: readonly Located[];
  readonly associations: readonly Located[];
}

/**
 * Reads a ClrCredential's `credentialSubject`: its `verifiableCredential`
 * list (required, at least one: AchievementCredentials as objects or
 * VC-JWTs), its `achievement` list and its `association` list (each one
 * item or a list).
 *
 * @internal
 */
export function readClrSubject(credential: Readonly<Record<string, unknown>>, path: Path, issues: Issue[]): ClrSubjectView | undefined {
  const subjectPath = [...path, 'credentialSubject'];
  const subject = credential['credentialSubject'];
  if (!json.isObject(subject)) {
    const found = Object.hasOwn(credential, 'credentialSubject') ? describeValue(subject) : 'nothing';
    issues.push(issue('invalid_type', subjectPath, `a ClrCredential's credentialSubject must be a ClrSubject object, got ${found}`));
    return undefined;
  }
  const located = (field: string): Located[] => json.list(subject[field]).map((value, i) => ({ value, path: json.itemPath(subjectPath, field, subject, i) }));
  const credentials = located('verifiableCredential');
  if (credentials.length === 0) {
    issues.push(issue('invalid_type', [...subjectPath, 'verifiableCredential'], 'a ClrSubject carries its achievements as verifiableCredential: at least one AchievementCredential'));
    return undefined;
  }
  const subjectId = json.text(subject['id']);
  return { ...(subjectId !== undefined && { subjectId }), subjectPath, credentials, achievements: located('achievement'), associations: located('association') };
}
