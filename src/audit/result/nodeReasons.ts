import type { CompiledNode } from '../compile/CompiledTree.js';
import type { Reason } from '../ReasonCode.js';
import type { Solved } from '../pipeline/solveTree.js';
import { round } from './appliedAt.js';
import { meanPoints } from '../allocation/nodeTests.js';
import { distinctCount } from '../allocation/distinctKeys.js';

const PLURAL = { subject: 'subjects', provider: 'providers', tag: 'tags', kind: 'kinds' } as const;

/**
 * Why a node that is not satisfied falls short, as stable codes with
 * messages: missing unit, credits or count short of the minimum, too few
 * satisfied children, too few distinct subjects, providers, tags or kinds, a GPA too
 * low, too much through recognitions.
 *
 * @param node - the tree node
 * @param solved - the problem that decided it
 * @param index - its index there
 * @param satisfiedChildren - how many of its children are met or waived
 * @returns the reasons, in a fixed order
 * @internal
 */
export function nodeReasons(node: CompiledNode, solved: Solved, index: number, satisfiedChildren: number): Reason[] {
  const { built, outcome } = solved;
  const o = outcome.evaluation.nodes[index]!;
  const out: Reason[] = [];
  // The most common reason, and the only one a unit leaf given nothing has: no closure for it.
  if (node.kind === 'unit' && o.count === 0) out.push({ code: 'missing_unit', message: `needs an eligible achievement of ${node.unit!}; none applied`, requirement: node.id });
  const add = (code: Reason['code'], message: string): void => void out.push({ code, message, requirement: node.id });
  if (node.kind !== 'unit' && node.min.credits !== undefined && o.credits < node.min.credits - 1e-9) add('need_credits', `${round(o.credits)} of ${node.min.credits} credits applied; ${round(node.min.credits - o.credits)} to go`);
  const countNeed = node.min.count ?? (node.kind === 'select' && node.min.credits === undefined ? 1 : undefined);
  if (node.kind !== 'unit' && countNeed !== undefined && o.count < countNeed) add('need_count', `${o.count} applied, ${countNeed} needed`);
  if (node.children.length > 0 && satisfiedChildren < node.need) add('need_children', `${satisfiedChildren} ${satisfiedChildren === 1 ? 'part' : 'parts'} met, ${node.need} needed`);
  if (node.minDistinct) {
    const { by, count } = node.minDistinct;
    const have = distinctCount(built.problem.items, o.counted, by);
    if (have < count) add('need_distinct', `${have} of ${count} distinct ${PLURAL[by]}`);
  }
  if (node.minGpa !== undefined) {
    const contribution = outcome.evaluation.contribution;
    const gpa = meanPoints(built.problem.items, o.counted, (k) => contribution[o.counted[k]!]!, built.problem.plainGpa);
    if (gpa === undefined || gpa < node.minGpa - 1e-9) add('gpa_too_low', gpa === undefined ? `needs a GPA of ${node.minGpa}; nothing graded applied` : `GPA ${round(gpa)} is below ${node.minGpa}`);
  }
  if (out.length === 0 && node.maxRecognized) add('too_much_recognized', 'more came through recognitions than it allows');
  return out;
}
