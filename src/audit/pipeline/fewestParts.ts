import type { Assignment } from '../allocation/AllocationProblem.js';
import { evaluateAllocation, type AllocationEvaluation } from '../allocation/evaluateAllocation.js';
import { problemShape } from '../allocation/problemShape.js';
import type { BuiltProblem } from './buildProblem.js';
import { comparePartCandidates } from './comparePartCandidates.js';

/**
 * Trims the allocation that completes a composite to parts it cannot do
 * without. The allocation's aims fill extra alternatives (an `atLeast 1`
 * of two courses the record both holds takes both), but a composite needs
 * only what completes it, and every part it takes is a part the program can
 * no longer use on its own. Parts are dropped least preferred first (see
 * {@link comparePartCandidates}) while the composite stays complete.
 *
 * @param built - the composite's allocation problem
 * @param assignment - an assignment that completes it
 * @param evaluation - its evaluation
 * @returns the trimmed assignment's evaluation
 * @internal
 */
export function fewestParts(built: BuiltProblem, assignment: Assignment, evaluation: AllocationEvaluation): AllocationEvaluation {
  const shape = problemShape(built.problem);
  const current = [...assignment];
  let best = evaluation;
  const assigned = current.flatMap((leaf, i) => (leaf >= 0 ? [i] : []));
  assigned.sort((a, b) => comparePartCandidates(built.items[b]!, built.items[a]!));
  for (const i of assigned) {
    const leaf = current[i]!;
    current[i] = -1;
    const trial = evaluateAllocation(built.problem, current, shape);
    if (trial.score.programSatisfied) best = trial;
    else current[i] = leaf;
  }
  return best;
}
