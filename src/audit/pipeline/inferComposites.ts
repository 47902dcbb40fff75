import type { CompiledTree } from '../compile/CompiledTree.js';
import { candidatesConflict, compareCandidates, type Candidate } from '../Candidate.js';
import type { AuditContext } from './AuditContext.js';
import { solveTree, type SolvedTree, type TreeSettings } from './solveTree.js';
import { note } from './AuditContext.js';
import { comparePartCandidates } from './comparePartCandidates.js';
import { fewestParts } from './fewestParts.js';
import type { WantedElsewhere } from './wantedElsewhere.js';

/**
 * Stage 2, stacking: each composite (in order, parts before wholes) whose
 * requirements the candidates meet is inferred as earned, dated when its
 * last applied part was earned, standing on its parts' achievements, and
 * marked inferred. It takes only the parts it cannot do without; where the
 * candidates complete it in more than one way, verified parts come before
 * unverified, completed before look-ahead, and later earned before earlier.
 *
 * When a part it took could also count elsewhere (a leaf of the program or
 * of another composite could take it), the composite is also stacked
 * without that part (and without all such parts together), where it can
 * be: these variants are one credential, only one of them may be applied,
 * and the allocation chooses. A composite the record already holds is not
 * inferred again.
 *
 * @internal
 */
export function inferComposites(composites: readonly CompiledTree[], pool: Candidate[], ctx: AuditContext, system: string | undefined, wanted: WantedElsewhere): boolean {
  let added = false;
  for (const tree of composites) {
    const unit = tree.unit;
    if (pool.some((c) => c.provenance.kind === 'inferred' && c.unitId === unit.id)) continue;
    const sorted = [...pool].sort(comparePartCandidates);
    const settings = settingsFor(tree, system);
    const solved = solveTree(tree, sorted, ctx, settings);
    const { evaluation } = solved.main.outcome;
    if (!evaluation.score.programSatisfied || evaluation.applied.length === 0) {
      noteIncomplete(tree, solved, ctx);
      continue;
    }
    const variants = [partsOf(solved)];
    const avoid = variants[0]!.filter((p) => wanted(p.unit, unit.id));
    for (const without of avoid.length > 1 ? [...avoid.map((p) => [p]), avoid] : avoid.map((p) => [p])) {
      const rest = sorted.filter((c) => !without.some((p) => c === p || candidatesConflict(c, p)));
      const other = solveTree(tree, rest, ctx, settings);
      if (!other.main.outcome.evaluation.score.programSatisfied) continue;
      const parts = partsOf(other);
      if (!variants.some((v) => sameParts(v, parts))) variants.push(parts);
    }
    // A credential the record already holds and the one its parts make are one credential: only one of them may be applied.
    const held = pool.filter((c) => c.unit.id === unit.id && c.provenance.kind === 'direct').map((c) => c.key);
    const taken = new Set(pool.map((c) => c.key));
    const keys = variants.map((_, i) => freshKey(i === 0 ? `inferred:${unit.id}` : `inferred:${unit.id}~${i + 1}`, taken));
    variants.forEach((parts, i) => {
      const exclusive = [...held, ...keys.filter((_, j) => j !== i)];
      pool.push({ ...inferred(tree, parts, keys[i]!, exclusive), ...(i > 0 && { variantOf: keys[0]! }) });
    });
    added = true;
  }
  return added;
}

function settingsFor(tree: CompiledTree, system: string | undefined): TreeSettings {
  const unit = tree.unit;
  const own = unit.policies?.creditSystem ?? unit.credits?.system ?? system;
  return {
    waived: new Set(),
    pins: new Map(),
    ...(unit.policies && { policies: unit.policies }),
    ...(own !== undefined && { system: own }),
    ...(unit.provider !== undefined && { home: unit.provider }),
  };
}

/** The parts of a solved composite it cannot do without, in the order earned. */
function partsOf(solved: SolvedTree): Candidate[] {
  const { built, outcome } = solved.main;
  return fewestParts(built, outcome.assignment, outcome.evaluation)
    .applied.map((i) => built.items[i]!)
    .sort(compareCandidates);
}

/** The key, or the key with `~` appended until no candidate has it (unit ids may contain `~`). */
function freshKey(key: string, taken: Set<string>): string {
  let out = key;
  while (taken.has(out)) out += '~';
  taken.add(out);
  return out;
}

function sameParts(a: readonly Candidate[], b: readonly Candidate[]): boolean {
  return a.length === b.length && a.every((c, i) => c.key === b[i]!.key);
}

function inferred(tree: CompiledTree, parts: readonly Candidate[], key: string, exclusive: readonly string[]): Candidate {
  const unit = tree.unit;
  return {
    key,
    unit,
    unitId: unit.id,
    earnedOn: parts.reduce((last, p) => (p.earnedOn > last ? p.earnedOn : last), '0000-01-01'),
    ...(unit.credits && { credits: unit.credits }),
    ...(unit.provider !== undefined && { issuer: unit.provider }),
    verified: parts.every((p) => p.verified),
    lookAhead: parts.some((p) => p.lookAhead),
    ...(parts.some((p) => p.undated) && { undated: true as const }),
    roots: new Set(parts.flatMap((p) => [...p.roots])),
    ...(exclusive.length > 0 && { exclusive: new Set(exclusive) }),
    provenance: { kind: 'inferred', parts: parts.map((p) => p.key) },
  };
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
