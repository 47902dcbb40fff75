import type { Issue, IssuePath } from '../issues/Issue.js';
import type { IssueCode } from '../issues/issueCode.js';
import { clipMessage } from './clipMessage.js';

/**
 * Builds a frozen issue. Internal helper shared by every validator. Values
 * quoted in the message, `expected` and `received` are cut when huge, so a
 * 10 MB id cannot fill a report.
 *
 * @internal
 */
export function issue(
  code: IssueCode,
  path: IssuePath,
  message: string,
  extra: Partial<Pick<Issue, 'expected' | 'received' | 'cycle'>> = {},
): Issue {
  const { expected, received, cycle } = extra;
  return Object.freeze({
    code,
    path: Object.freeze([...path]),
    message: clipMessage(message),
    ...(expected !== undefined && { expected: clipMessage(expected) }),
    ...(received !== undefined && { received: clipMessage(received) }),
    ...(cycle !== undefined && { cycle }),
  });
}
