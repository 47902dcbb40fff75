import type { Solved } from './solveTree.js';
import type { AuditContext } from './AuditContext.js';
import { note } from './AuditContext.js';

/**
 * After the allocation: tells each achievement whose recognised credit was
 * left out because its recognition's limit was reached.
 *
 * @internal
 */
export function noteRecognitionLimits(main: Solved, ctx: AuditContext): void {
  const { problem, items } = main.built;
  const { assignment } = main.outcome;
  for (const group of problem.groups ?? []) {
    const assigned = group.items.filter((i) => assignment[i]! >= 0);
    const credits = assigned.reduce((sum, i) => sum + problem.items[i]!.credits, 0);
    for (const i of group.items) {
      if (assignment[i]! >= 0) continue;
      const full = (group.maxCount !== undefined && assigned.length >= group.maxCount) || (group.maxCredits !== undefined && credits + problem.items[i]!.credits > group.maxCredits + 1e-9);
      const c = items[i]!;
      if (!full || c.provenance.kind !== 'recognized') continue;
      const rec = c.provenance.recognition;
      const what = [group.maxCount !== undefined && `${group.maxCount} granted`, group.maxCredits !== undefined && `${group.maxCredits} credits`].filter(Boolean).join(' and ');
      for (const root of c.roots) note(ctx, root, { code: 'recognition_limit', message: `recognition "${rec}" allows at most ${what}, and the allocation used that for other achievements`, recognition: rec });
    }
  }
}
