import type { Issue } from '../../issues/Issue.js';
import type { Achievement } from '../../model/achievement.js';
import { issue } from '../../_internal/issue.js';
import { json, type Path } from '../vc/values.js';

type Status = Achievement['status'];

/** Open Badges result statuses, what each becomes, and why when it is a choice. */
const STATUSES: ReadonlyMap<string, { status: Status; assumed?: string }> = new Map([
  ['Completed', { status: 'completed' }],
  ['InProgress', { status: 'in-progress' }],
  ['Enrolled', { status: 'in-progress' }],
  ['Failed', { status: 'failed' }],
  ['Withdrew', { status: 'withdrawn' }],
  ['OnHold', { status: 'in-progress', assumed: 'OnHold is taken as in-progress: not finished, and neither failed nor withdrawn' }],
  ['Provisional', { status: 'in-progress', assumed: 'Provisional is taken as in-progress: the result is not final, so it does not count as completed' }],
]);

/** Least favourable first: when results disagree, the import does not claim more than the worst says. */
const ORDER: readonly Status[] = ['failed', 'withdrawn', 'in-progress', 'planned', 'completed'];

/**
 * An achievement's status from its results' `status`: none given means
 * `completed` (issuing an Open Badge asserts it was earned). Results that
 * disagree give the least favourable, with an `assumed` warning.
 *
 * @internal
 */
export function resultStatus(subject: Readonly<Record<string, unknown>>, subjectPath: Path, warnings: Issue[]): Status {
  const found: { status: Status; path: Path }[] = [];
  json.list(subject['result']).forEach((result, i) => {
    const value = json.get(result, 'status');
    if (value === undefined) return;
    const at = [...json.itemPath(subjectPath, 'result', subject, i), 'status'];
    const known = typeof value === 'string' ? STATUSES.get(value) : undefined;
    if (!known) {
      warnings.push(issue('unmapped', at, `result status ${JSON.stringify(value)} is not an Open Badges status (${[...STATUSES.keys()].join(', ')}); ignored`));
      return;
    }
    if (known.assumed) warnings.push(issue('assumed', at, known.assumed));
    found.push({ status: known.status, path: at });
  });
  if (found.length === 0) return 'completed';
  const worst = [...found].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status))[0]!;
  if (found.some((f) => f.status !== worst.status)) {
    const all = [...new Set(found.map((f) => f.status))].join(', ');
    warnings.push(issue('assumed', worst.path, `the results give different statuses (${all}); the least favourable, ${worst.status}, is taken`));
  }
  return worst.status;
}
