import type { CompiledTree } from '../compile/CompiledTree.js';
import type { Candidate } from '../Candidate.js';
import { compareCandidates } from '../Candidate.js';
import type { AuditContext } from './AuditContext.js';
import { solveTree } from './solveTree.js';

/**
 * Stage 2, stacking: each composite (in order, parts before wholes) whose
 * requirements the candidates meet is inferred as earned, dated when its
 * last applied part was earned, standing on its parts' achievements, and
 * marked inferred. A composite the record already holds is not inferred
 * again.
 *
 * @internal
 */
export function inferComposites(composites: readonly CompiledTree[], pool: Candidate[], ctx: AuditContext, system: string | undefined): boolean {
  let added = false;
  for (const tree of composites) {
    const unit = tree.unit;
    if (pool.some((c) => c.unit.id === unit.id && c.provenance.kind !== 'recognized')) continue;
    const sorted = [...pool].sort(compareCandidates);
    const solved = solveTree(tree, sorted, ctx, {
      waived: new Set(),
      pins: new Map(),
      ...(unit.policies && { policies: unit.policies }),
      ...((unit.policies?.creditSystem ?? unit.credits?.system ?? system) !== undefined && { system: unit.policies?.creditSystem ?? unit.credits?.system ?? system! }),
      ...(unit.provider !== undefined && { home: unit.provider }),
    });
    const { evaluation } = solved.main.outcome;
    if (!evaluation.score.programSatisfied || evaluation.applied.length === 0) continue;
    const parts = evaluation.applied.map((i) => solved.main.built.items[i]!);
    pool.push({
      key: `inferred:${unit.id}`,
      unit,
      unitId: unit.id,
      earnedOn: parts.reduce((last, p) => (p.earnedOn > last ? p.earnedOn : last), '0000-01-01'),
      ...(unit.credits && { credits: unit.credits }),
      ...(unit.provider !== undefined && { issuer: unit.provider }),
      verified: parts.every((p) => p.verified),
      lookAhead: parts.some((p) => p.lookAhead),
      roots: new Set(parts.flatMap((p) => [...p.roots])),
      provenance: { kind: 'inferred', parts: parts.map((p) => p.key) },
    });
    added = true;
  }
  return added;
}
