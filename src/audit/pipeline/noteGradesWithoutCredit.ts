import type { LearnerRecord } from '../../model/recordDocument.js';
import type { Solved } from './solveTree.js';
import type { AuditContext } from './AuditContext.js';
import { issue } from '../../_internal/issue.js';

/**
 * Warns about graded achievements that count no credit where a
 * credit-weighted grade-point average is taken (the program's `minGpa`, or
 * a requirement's): a grade that weighs nothing is left out of the average,
 * which a registrar should see rather than find out. Nothing is said when
 * the program takes plain means, or when no graded achievement carries
 * credit (the average is then the plain mean, and includes it).
 *
 * @internal
 */
export function noteGradesWithoutCredit(record: LearnerRecord, main: Solved, ctx: AuditContext): void {
  const { problem, items } = main.built;
  if (problem.plainGpa === true || (problem.policies?.minGpa === undefined && !problem.nodes.some((n) => n.minGpa !== undefined))) return;
  const { applied, contribution } = main.outcome.evaluation;
  const graded = applied.filter((i) => problem.items[i]!.points !== undefined);
  if (!graded.some((i) => contribution[i]! > 0)) return;
  const index = new Map(record.achievements.map((a, k) => [a.id, k]));
  const warned = new Set<string>();
  for (const i of graded) {
    if (contribution[i]! > 0) continue;
    for (const root of items[i]!.roots) {
      const k = index.get(root);
      if (k === undefined || warned.has(root)) continue;
      warned.add(root);
      ctx.warnings.push(issue('grade_without_credit', ['record', 'achievements', k], `achievement "${root}" is graded but counts no credit here, so the credit-weighted grade-point average leaves it out (set policies.gpaMean: plain to count every grade alike)`));
    }
  }
}
