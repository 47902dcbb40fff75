import type { Candidate } from '../Candidate.js';
import type { InferredCredential, Provenance } from '../AuditResult.js';
import type { Solved } from '../pipeline/solveTree.js';

/**
 * The inferred credentials to report. A composite stacked more than one way
 * (see inferComposites) is one credential: the way the allocation used is
 * reported, or the preferred way when none was used.
 *
 * @param pool - every candidate of the audit
 * @param solutions - the main allocation and the overlays'
 * @returns one entry per inferred credential used or available
 * @internal
 */
export function inferredCredentials(pool: readonly Candidate[], solutions: readonly Solved[]): InferredCredential[] {
  const used = usedKeys(pool, solutions);
  const composites = pool.filter((c) => c.provenance.kind === 'inferred');
  const byUnit = new Map<string, Candidate[]>();
  for (const c of composites) (byUnit.get(c.unitId) ?? byUnit.set(c.unitId, []).get(c.unitId)!).push(c);
  return composites
    .filter((c) => {
      const variants = byUnit.get(c.unitId)!;
      return variants.some((v) => used.has(v.key)) ? used.has(c.key) : c.variantOf === undefined;
    })
    .map((c) => ({ id: c.key, unit: c.unitId, earnedOn: c.earnedOn, parts: c.provenance.kind === 'inferred' ? c.provenance.parts : [], lookAhead: c.lookAhead }));
}

/** Keys of the candidates counted somewhere, and of everything they stand on. */
function usedKeys(pool: readonly Candidate[], solutions: readonly Solved[]): Set<string> {
  const byKey = new Map(pool.map((c) => [c.key, c]));
  const used = new Set<string>();
  const visit = (key: string): void => {
    if (used.has(key)) return;
    used.add(key);
    const c = byKey.get(key);
    if (c) follow(c.provenance);
  };
  const follow = (p: Provenance): void => {
    if (p.kind === 'inferred') p.parts.forEach(visit);
    else if (p.kind === 'recognized') visit(p.from);
    else if (p.kind === 'substituted' || p.kind === 'pinned') follow(p.origin);
  };
  for (const { built, outcome } of solutions) for (const i of outcome.evaluation.applied) visit(built.items[i]!.key);
  return used;
}
