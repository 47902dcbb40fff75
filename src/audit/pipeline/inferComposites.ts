import type { CompiledTree } from '../compile/CompiledTree.js';
import { compareCandidates, type Candidate } from '../Candidate.js';
import { comparePartCandidates } from './comparePartCandidates.js';
import { fewestParts } from './fewestParts.js';
import type { AuditContext } from './AuditContext.js';
import { solveTree, type SolvedTree } from './solveTree.js';
import { note } from './AuditContext.js';

/**
 * Stage 2, stacking: each composite (in order, parts before wholes) whose
 * requirements the candidates meet is inferred as earned, dated when its
 * last applied part was earned, standing on its parts' achievements, and
 * marked inferred. It takes only the parts it cannot do without; where the
 * candidates complete it in more than one way, verified parts come before
 * unverified, completed before look-ahead, and later earned before earlier.
 * A composite the record already holds is not inferred again.
 *
 * @internal
 */
export function inferComposites(composites: readonly CompiledTree[], pool: Candidate[], ctx: AuditContext, system: string | undefined): boolean {
  let added = false;
  for (const tree of composites) {
    const unit = tree.unit;
    if (pool.some((c) => c.key === `inferred:${unit.id}`)) continue;
    // A credential the record already holds and the one its parts make are one credential: only one of them may be applied.
    const held = pool.filter((c) => c.unit.id === unit.id && c.provenance.kind === 'direct').map((c) => c.key);
    // The allocation's tie-break favours items earlier in this order: of the fewest parts that complete
    // the composite, the verified, completed and most recent are taken, so that one more achievement
    // can only leave the composite as it was or make it more recent.
    const sorted = [...pool].sort(comparePartCandidates);
    const solved = solveTree(tree, sorted, ctx, {
      waived: new Set(),
      pins: new Map(),
      ...(unit.policies && { policies: unit.policies }),
      ...((unit.policies?.creditSystem ?? unit.credits?.system ?? system) !== undefined && { system: unit.policies?.creditSystem ?? unit.credits?.system ?? system! }),
      ...(unit.provider !== undefined && { home: unit.provider }),
    });
    const { evaluation } = solved.main.outcome;
    if (!evaluation.score.programSatisfied || evaluation.applied.length === 0) {
      noteIncomplete(tree, solved, ctx);
      continue;
    }
    const parts = fewestParts(solved.main.built, solved.main.outcome.assignment)
      .applied.map((i) => solved.main.built.items[i]!)
      .sort(compareCandidates);
    pool.push({
      key: `inferred:${unit.id}`,
      unit,
      unitId: unit.id,
      earnedOn: parts.reduce((last, p) => (p.earnedOn > last ? p.earnedOn : last), '0000-01-01'),
      ...(unit.credits && { credits: unit.credits }),
      ...(unit.provider !== undefined && { issuer: unit.provider }),
      verified: parts.every((p) => p.verified),
      lookAhead: parts.some((p) => p.lookAhead),
      ...(parts.some((p) => p.undated) && { undated: true as const }),
      roots: new Set(parts.flatMap((p) => [...p.roots])),
      ...(held.length > 0 && { exclusive: new Set(held) }),
      provenance: { kind: 'inferred', parts: parts.map((p) => p.key) },
    });
    added = true;
  }
  return added;
}

/** Tells each achievement that went into an incomplete composite what the composite still lacks. */
function noteIncomplete(tree: CompiledTree, solved: SolvedTree, ctx: AuditContext): void {
  const { built, outcome } = solved.main;
  if (outcome.evaluation.applied.length === 0) return;
  const missing = built.treeIndex
    .map((t, p) => ({ node: tree.nodes[t]!, satisfied: outcome.evaluation.nodes[p]!.satisfied }))
    .filter(({ node, satisfied }) => !satisfied && (node.kind === 'unit' || node.kind === 'select'))
    .map(({ node }) => node.unit ?? node.title ?? node.id);
  const message = `it counts toward ${tree.unit.title} (${tree.unit.id}), which is not complete${missing.length > 0 ? `: still missing ${missing.join(', ')}` : ''}`;
  for (const i of outcome.evaluation.applied) for (const root of built.items[i]!.roots) note(ctx, root, { code: 'stack_incomplete', message });
}
