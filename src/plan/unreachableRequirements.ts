import type { BoundModel, BoundNode } from './boundModel.js';
import { evaluateBound } from './evaluateBound.js';
import { byCodeUnits } from '../_internal/byCodeUnits.js';

/**
 * When no set of the candidates can meet the program even as generously as
 * the bound reads it: the requirements (and policies) to blame, found by
 * following what cannot be met down from the program's root to the deepest
 * such nodes. Empty when the bound sees a way. Sorted.
 *
 * @internal
 */
export function unreachableRequirements(model: BoundModel, candidates: number): string[] {
  const infinite = new Map<BoundNode, boolean>();
  evaluateBound(model, new Uint8Array(candidates), new Array<number>(candidates).fill(0), (node, outcome) => infinite.set(node, outcome.lb === Infinity));
  const program = model.trees[model.trees.length - 1]!;
  const out: string[] = [];
  const follow = (node: BoundNode): void => {
    const below = node.children.map((c) => program[c]!).filter((c) => infinite.get(c) === true);
    if (below.length === 0) out.push(node.id);
    else below.forEach(follow);
  };
  if (infinite.get(program[0]!) === true) follow(program[0]!);
  for (const policy of model.policies) if (infinite.get(policy) === true) out.push(policy.id);
  return out.sort(byCodeUnits);
}
