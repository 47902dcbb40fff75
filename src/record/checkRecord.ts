import type { Issue } from '../issues/Issue.js';
import type { LearnerRecord } from '../model/recordDocument.js';
import { issue } from '../_internal/issue.js';

/**
 * Checks what a record's shape cannot say, without a catalog: unique ids,
 * each achievement naming a unit or an external id, completed achievements
 * dated, expiry after earning, and exceptions naming achievements of the
 * record.
 *
 * @internal
 */
export function checkRecord(record: LearnerRecord, issues: Issue[]): void {
  const ids = new Map<string, number>();
  record.achievements.forEach((a, i) => {
    const at = ['achievements', i];
    const first = ids.get(a.id);
    if (first !== undefined) issues.push(issue('duplicate_id', [...at, 'id'], `achievement id "${a.id}" is already used by achievements[${first}]`));
    else ids.set(a.id, i);
    if (a.unit === undefined && a.externalId === undefined) issues.push(issue('invalid_type', at, `achievement "${a.id}" names neither a unit nor an externalId`));
    if (a.status === 'completed' && a.earnedOn === undefined) issues.push(issue('invalid_type', [...at, 'earnedOn'], `completed achievement "${a.id}" needs earnedOn`));
    if (a.earnedOn !== undefined && a.expiresOn !== undefined && a.expiresOn < a.earnedOn) {
      issues.push(issue('invalid_range', [...at, 'expiresOn'], `achievement "${a.id}" expires (${a.expiresOn}) before it was earned (${a.earnedOn})`));
    }
  });
  const exceptionIds = new Set<string>();
  record.exceptions?.forEach((e, i) => {
    const at = ['exceptions', i];
    if (exceptionIds.has(e.id)) issues.push(issue('duplicate_id', [...at, 'id'], `exception id "${e.id}" is used twice`));
    exceptionIds.add(e.id);
    if ('achievement' in e && !ids.has(e.achievement)) {
      issues.push(issue('unknown_reference', [...at, 'achievement'], `exception "${e.id}" names achievement "${e.achievement}", which is not in the record`));
    }
  });
}
