import type { Issue } from '../../issues/Issue.js';
import { issue } from '../../_internal/issue.js';
import { describeValue } from '../../_internal/describeValue.js';
import { showValue } from '../../_internal/showValue.js';
import { json, type Path } from '../vc/values.js';

/**
 * An AchievementSubject and the Achievement it names.
 *
 * @internal
 */
export interface SubjectView {
  readonly subject: Readonly<Record<string, unknown>>;
  readonly subjectPath: Path;
  readonly achievement: Readonly<Record<string, unknown>>;
  readonly achievementPath: Path;
  /** The achievement's `id`. */
  readonly achievementId: string;
}

/**
 * Reads a credential's `credentialSubject` (one object, or a list of one)
 * and the `achievement` it must name, with its `id`; pushes an issue at the
 * path of whatever is missing or of the wrong form. A subject without an
 * achievement, in a credential with an id, is read as if the credential
 * (its id, name and description) were the achievement, with an `assumed`
 * warning.
 *
 * @internal
 */
export function readSubject(credential: Readonly<Record<string, unknown>>, path: Path, issues: Issue[], warnings: Issue[]): SubjectView | undefined {
  const at = [...path, 'credentialSubject'];
  if (!Object.hasOwn(credential, 'credentialSubject')) {
    issues.push(issue('invalid_type', at, 'required field "credentialSubject" is missing (the AchievementSubject: who earned what)', { received: 'nothing' }));
    return undefined;
  }
  const given = credential['credentialSubject'];
  const list = json.list(given);
  const subjectPath = Array.isArray(given) ? [...at, 0] : at;
  const subject = list[0];
  if (list.length !== 1 || !json.isObject(subject)) {
    const found = list.length > 1 ? `a list of ${list.length}` : describeValue(given);
    issues.push(issue('invalid_type', at, `an Open Badge has one credentialSubject (an AchievementSubject object), got ${found}`));
    return undefined;
  }
  const achievementPath = [...subjectPath, 'achievement'];
  if (!Object.hasOwn(subject, 'achievement')) {
    const stand = standIn(credential);
    if (stand !== undefined) {
      // Published samples (1EdTech's simple.jwt) leave it out: the credential stands for what was earned.
      warnings.push(issue('assumed', achievementPath, `the subject names no achievement (Open Badges 3.0 requires one): the credential ${JSON.stringify(stand.id)} stands for it`));
      return { subject, subjectPath, achievement: stand, achievementPath, achievementId: stand.id };
    }
    issues.push(issue('invalid_type', achievementPath, 'required field "achievement" is missing (the Achievement the subject earned), and the credential has no id to stand for it', { received: 'nothing' }));
    return undefined;
  }
  const achievement = subject['achievement'];
  if (!json.isObject(achievement)) {
    issues.push(issue('invalid_type', achievementPath, `the achievement must be an Achievement object, got ${describeValue(achievement)}`));
    return undefined;
  }
  const achievementId = json.text(achievement['id']);
  if (achievementId === undefined) {
    issues.push(issue('invalid_type', [...achievementPath, 'id'], `an Achievement needs an id (a URI), got ${showValue(achievement['id'])}`));
    return undefined;
  }
  return { subject, subjectPath, achievement, achievementPath, achievementId };
}

/** What stands for a missing achievement: the credential's id, name and description. */
function standIn(credential: Readonly<Record<string, unknown>>): (Readonly<Record<string, unknown>> & { readonly id: string }) | undefined {
  const id = json.text(credential['id']);
  if (id === undefined) return undefined;
  const name = credential['name'];
  const description = credential['description'];
  return { id, ...(name !== undefined && { name }), ...(description !== undefined && { description }) };
}
