import type { Issue, IssuePath } from '../issues/Issue.js';
import type { IssueCode } from '../issues/issueCode.js';

/**
 * Builds a frozen issue. Internal helper shared by every validator.
 *
 * @internal
 */
export function issue(
  code: IssueCode,
  path: IssuePath,
  message: string,
  extra: Partial<Pick<Issue, 'expected' | 'received' | 'cycle'>> = {},
): Issue {
  return Object.freeze({ code, path: Object.freeze([...path]), message, ...extra });
}
