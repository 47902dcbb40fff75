import type { AppliedAchievement, Provenance } from '../AuditResult.js';
import type { Exception } from '../../model/exception.js';
import type { Solved } from '../pipeline/solveTree.js';

/**
 * The achievements applied at a leaf, with their credits, whether they
 * count, and where they came from (wrapped in the pin or substitution that
 * placed them there).
 *
 * @param solved - the problem that decided the leaf
 * @param index - the leaf's index there
 * @param leafId - the leaf's requirement id
 * @param placements - candidate key → the pin or substitution that placed it
 * @returns the achievements applied there, in item order
 * @internal
 */
export function appliedAt(solved: Solved, index: number, leafId: string, placements: ReadonlyMap<string, Exception>): AppliedAchievement[] {
  const { built, outcome } = solved;
  const node = outcome.evaluation.nodes[index]!;
  if (node.assigned.length === 0) return [];
  const counted = new Set(node.counted);
  return node.assigned.map((i) => {
    const c = built.items[i]!;
    const placed = placements.get(c.key);
    const provenance: Provenance =
      placed && (placed.kind === 'pin' || placed.kind === 'substitute') && placed.requirement === leafId
        ? { kind: placed.kind === 'pin' ? 'pinned' : 'substituted', exception: placed.id, origin: c.provenance }
        : c.provenance;
    return {
      achievement: c.key,
      unit: c.unitId,
      credits: round(built.problem.items[i]!.credits),
      approximate: built.approximate[i]!,
      counted: counted.has(i),
      lookAhead: c.lookAhead,
      provenance,
    };
  });
}

/** Rounds credit figures for reporting (conversions leave long fractions). @internal */
export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
