import type { Issue } from '../../issues/Issue.js';
import { issue } from '../../_internal/issue.js';
import { showValue } from '../../_internal/showValue.js';
import type { Envelope } from '../vc/readEnvelope.js';
import { readVcDate } from '../vc/vcDate.js';
import type { Path } from '../vc/values.js';
import type { SubjectView } from './readSubject.js';

/**
 * The day an Open Badge was earned, from the first of: the credential's
 * `awardedDate` (when the achievement was conferred), the subject's
 * `activityEndDate` (when the activity ended), the credential's `validFrom`
 * or `issuanceDate` (when the credential was issued, which may be later).
 * A date given in the wrong form is an `invalid_date` issue.
 *
 * @internal
 */
export function earnedOn(credential: Readonly<Record<string, unknown>>, path: Path, envelope: Envelope, view: SubjectView, issues: Issue[]): { date: string; path: Path } | undefined {
  const candidates: [unknown, Path, boolean][] = [
    [credential['awardedDate'], [...path, 'awardedDate'], Object.hasOwn(credential, 'awardedDate')],
    [view.subject['activityEndDate'], [...view.subjectPath, 'activityEndDate'], Object.hasOwn(view.subject, 'activityEndDate')],
  ];
  let found: { date: string; path: Path } | undefined;
  for (const [value, at, given] of candidates) {
    if (!given) continue;
    const date = readVcDate(value);
    if (!date) issues.push(issue('invalid_date', at, `expected a date-time such as 2010-01-01T00:00:00Z, got ${showValue(value)}`));
    else found ??= { date: date.date, path: at };
  }
  if (found) return found;
  return envelope.validFrom && { date: envelope.validFrom.value.date, path: envelope.validFrom.path };
}
