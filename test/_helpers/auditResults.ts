/**
 * Helpers for the audit law tests: running a generated instance, a view of
 * a result that must not depend on input order, and tracing applied items
 * back to the record achievements they stand on.
 */
import { safeParseCatalog } from '../../src/catalog/safeParseCatalog.js';
import { safeAudit } from '../../src/audit/safeAudit.js';
import type { Catalog } from '../../src/catalog/Catalog.js';
import type { AuditResult, NodeResult, Provenance } from '../../src/audit/AuditResult.js';
import type { SafeResult } from '../../src/issues/Result.js';
import type { AuditInstance } from './auditArbitraries.js';

export function parse(doc: unknown): Catalog {
  const parsed = safeParseCatalog(doc);
  if (!parsed.success) throw new Error(`generated catalog is invalid: ${JSON.stringify(parsed.issues)}`);
  return parsed.data;
}

export function unwrap(outcome: SafeResult<AuditResult>): AuditResult {
  if (!outcome.success) throw new Error(`generated audit input is invalid: ${JSON.stringify(outcome.issues)}`);
  return outcome.data;
}

export function run(instance: AuditInstance): AuditResult {
  return unwrap(safeAudit(parse(instance.catalog), instance.record, instance.programId, instance.options));
}

/**
 * The satisfied requirements that count toward the allocation's second aim,
 * read off a result tree: a node counts itself when satisfied or waived,
 * every child of a node needing all its children, and only the best
 * `need` children (by the satisfied requirements they count) of an `any` or
 * `atLeast` needing fewer: a spare alternative counts for nothing. A
 * waived node or an overlay counts as one node, whatever lies below it.
 */
export function countedSatisfied(node: NodeResult): number {
  const own = node.status === 'satisfied' || node.status === 'waived' ? 1 : 0;
  // A waived node and an overlay are decided outside the allocation, as one node.
  if (node.status === 'waived' || node.overlay) return own;
  const kids = node.children.map(countedSatisfied).sort((a, b) => b - a);
  const need = node.kind === 'all' ? kids.length : (node.progress.children?.needed ?? kids.length);
  return own + kids.slice(0, need).reduce((a, b) => a + b, 0);
}

export function* nodes(node: NodeResult): Generator<NodeResult> {
  yield node;
  for (const child of node.children) yield* nodes(child);
}

/**
 * What must not depend on the order of the input: program outcome, totals,
 * per node (by id) status, progress and what was applied, and what went
 * unused (with the set of reason codes).
 */
export function normalise(r: AuditResult): unknown {
  const byId = [...nodes(r.root)]
    .map((n) => ({
      id: n.id,
      status: n.status,
      progress: n.progress,
      applied: n.applied.map((a) => `${a.achievement}${a.counted ? '' : ' (not counted)'}`).sort(),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    satisfied: r.satisfied,
    status: r.status,
    totals: r.totals,
    policies: [...r.policies].map((p) => `${p.policy}:${p.met}`).sort(),
    nodes: byId,
    unused: r.unused.map((u) => ({ id: u.achievement, reasons: [...new Set(u.reasons.map((x) => x.code))].sort() })).sort((a, b) => (a.id < b.id ? -1 : 1)),
    inferred: r.inferred.map((i) => i.id).sort(),
  };
}

/**
 * The record achievements an applied item stands on: itself when it is one,
 * the parts of an inferred credential, the source of a recognised item,
 * recursively. Keys of recognised items not applied anywhere (for instance a
 * part of an inferred credential) are read as `recognition:source[:unit]`.
 */
export function rootsResolver(r: AuditResult, recordIds: ReadonlySet<string>, recognitionIds: readonly string[]): (key: string) => Set<string> {
  const inferred = new Map(r.inferred.map((i) => [i.id, i.parts]));
  const recognisedFrom = new Map<string, string>();
  const base = (p: Provenance): Provenance => (p.kind === 'pinned' || p.kind === 'substituted' ? base(p.origin) : p);
  for (const n of nodes(r.root)) {
    for (const a of n.applied) {
      const p = base(a.provenance);
      if (p.kind === 'recognized') recognisedFrom.set(a.achievement, p.from);
    }
  }
  const known = (key: string): boolean => recordIds.has(key) || inferred.has(key) || recognisedFrom.has(key);
  const resolve = (key: string, seen: Set<string>): Set<string> => {
    if (seen.has(key)) throw new Error(`provenance loops through "${key}"`);
    const next = new Set([...seen, key]);
    if (recordIds.has(key)) return new Set([key]);
    const parts = inferred.get(key);
    if (parts) return new Set(parts.flatMap((p) => [...resolve(p, next)]));
    const from = recognisedFrom.get(key);
    if (from !== undefined) return resolve(from, next);
    for (const rec of recognitionIds) {
      if (!key.startsWith(`${rec}:`)) continue;
      const rest = key.slice(rec.length + 1);
      if (known(rest)) return resolve(rest, next);
      const cut = rest.lastIndexOf(':');
      if (cut > 0 && known(rest.slice(0, cut))) return resolve(rest.slice(0, cut), next);
    }
    throw new Error(`cannot trace "${key}" back to the record`);
  };
  return (key) => resolve(key, new Set());
}


/**
 * Law L7 for one result: every record achievement is applied (counted)
 * somewhere in the tree, directly or through what stands on it, or listed
 * in `unused` with at least one reason, and never both. Returns the
 * violations, described (empty when the law holds).
 */
export function accountability(instance: AuditInstance, r: AuditResult): string[] {
  const problems: string[] = [];
  const recordIds = new Set(instance.record.achievements.map((a) => a.id));
  const rootsOf = rootsResolver(r, recordIds, (instance.catalog.recognitions ?? []).map((x) => x.id));
  const applied = new Set<string>();
  for (const n of nodes(r.root)) for (const a of n.applied) if (a.counted) for (const root of rootsOf(a.achievement)) applied.add(root);
  const unused = new Set<string>();
  for (const u of r.unused) {
    if (!recordIds.has(u.achievement)) problems.push(`"${u.achievement}" is listed unused but is not in the record`);
    if (unused.has(u.achievement)) problems.push(`"${u.achievement}" is listed unused twice`);
    if (u.reasons.length === 0) problems.push(`"${u.achievement}" is listed unused without a reason`);
    unused.add(u.achievement);
  }
  for (const id of recordIds) {
    if (applied.has(id) && unused.has(id)) problems.push(`"${id}" is both applied and listed unused`);
    if (!applied.has(id) && !unused.has(id)) problems.push(`"${id}" is neither applied nor listed unused`);
  }
  return problems;
}
