import type { Policies } from '../../model/policies.js';
import type { PolicyOutcome } from '../AuditResult.js';
import type { Solved } from '../pipeline/solveTree.js';
import { round } from './appliedAt.js';
import { meanPoints } from '../allocation/nodeTests.js';

/**
 * The program's policies as met or not, with the figures behind each.
 *
 * @internal
 */
export function policyOutcomes(policies: Policies | undefined, main: Solved): PolicyOutcome[] {
  if (!policies) return [];
  const { evaluation } = main.outcome;
  const items = main.built.problem.items;
  const flags = evaluation.policies;
  const sum = (pick: (i: number) => boolean): number => round(evaluation.applied.filter(pick).reduce((s, i) => s + evaluation.contribution[i]!, 0));
  const total = sum(() => true);
  const out: PolicyOutcome[] = [];
  if (policies.totalCredits !== undefined) out.push({ policy: 'totalCredits', met: flags.totalCredits === true, message: `${total} of ${policies.totalCredits} credits applied` });
  if (policies.residency) {
    const home = sum((i) => items[i]!.home === true);
    const want = [policies.residency.credits !== undefined && `${policies.residency.credits} credits`, policies.residency.share !== undefined && `${policies.residency.share * 100}% of applied credits`].filter(Boolean).join(' and ');
    out.push({ policy: 'residency', met: flags.residency === true, message: `${home} credits earned at the home institution; needs ${want}` });
  }
  if (policies.maxRecognized) {
    const rec = sum((i) => items[i]!.recognized);
    const offered = round(evaluation.applied.filter((i) => items[i]!.recognized).reduce((s, i) => s + items[i]!.credits, 0));
    const cap = [policies.maxRecognized.credits !== undefined && `${policies.maxRecognized.credits} credits`, policies.maxRecognized.share !== undefined && `${policies.maxRecognized.share * 100}% of applied credits`].filter(Boolean).join(' and ');
    const cut = offered > rec ? ` (of ${offered} granted; the rest is past the cap and does not count)` : '';
    out.push({ policy: 'maxRecognized', met: flags.maxRecognized === true, message: `${rec} credits through recognitions${cut}; at most ${cap}` });
  }
  if (policies.timeLimit !== undefined) out.push({ policy: 'timeLimit', met: flags.timeLimit === true, message: `everything applied must be earned within ${policies.timeLimit} of the first` });
  if (policies.minGpa !== undefined) {
    const mean = meanPoints(items, evaluation.applied, (k) => evaluation.contribution[evaluation.applied[k]!]!, main.built.problem.plainGpa);
    const gpa = mean === undefined ? undefined : round(mean);
    out.push({ policy: 'minGpa', met: flags.minGpa === true, message: gpa === undefined ? `needs a GPA of ${policies.minGpa}; nothing graded applied` : `GPA ${gpa}; needs ${policies.minGpa}` });
  }
  return out;
}
