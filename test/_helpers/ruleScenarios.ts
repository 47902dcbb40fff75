/**
 * The runnable scenarios of docs/rules.md: every ```yaml block whose first
 * line is `# scenario` holds a catalog, a record, how to audit, and what the
 * audit must say. These helpers find the blocks, run a scenario and compare
 * the result with its `expect` entries.
 */
import { parse as parseYaml } from 'yaml';
import { safeParseCatalog } from '../../src/catalog/safeParseCatalog.js';
import { safeAudit } from '../../src/audit/safeAudit.js';
import type { AuditOptions } from '../../src/audit/AuditOptions.js';
import type { AuditResult, NodeResult } from '../../src/audit/AuditResult.js';
import type { ReasonCode } from '../../src/audit/ReasonCode.js';

export interface Block {
  readonly heading: string;
  readonly line: number;
  readonly text: string;
}

/** Every ```yaml block, with the heading it sits under and its line in the document. */
export function yamlBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let heading = '';
  let fence: { line: number; lines: string[] } | undefined;
  text.split('\n').forEach((line, i) => {
    if (fence) {
      if (line.startsWith('```')) {
        blocks.push({ heading, line: fence.line, text: fence.lines.join('\n') });
        fence = undefined;
      } else fence.lines.push(line);
      return;
    }
    const h = /^#{2,4} (.+)$/.exec(line);
    if (h) heading = h[1]!.trim();
    if (line.startsWith('```yaml')) fence = { line: i + 2, lines: [] };
  });
  return blocks;
}


// ---- what a scenario may say ----------------------------------------------

type Status = NodeResult['status'];

export interface Expect {
  readonly satisfied?: boolean;
  readonly status?: AuditResult['status'];
  readonly optimal?: boolean;
  /** Node id (anywhere in the tree) → its status. */
  readonly nodes?: Readonly<Record<string, Status>>;
  /** Node id → a reason code that node gives. */
  readonly reasons?: Readonly<Record<string, ReasonCode>>;
  /** Node id → the achievements counted there (result `achievement` keys), in any order. */
  readonly applied?: Readonly<Record<string, readonly string[]>>;
  /** Node id → credits and/or count applied there (its progress). */
  readonly progress?: Readonly<Record<string, { readonly credits?: number; readonly count?: number }>>;
  /** Achievement id → a reason code it is unused for. */
  readonly unused?: Readonly<Record<string, ReasonCode>>;
  /** Achievement ids that must not be among the unused. */
  readonly used?: readonly string[];
  /** Credits applied in all (`totals.credits.applied`). */
  readonly credits?: number;
  /** Policy → met. */
  readonly policies?: Readonly<Record<string, boolean>>;
  /** Exception id → whether it took effect. */
  readonly exceptions?: Readonly<Record<string, boolean>>;
  /** Units of the composites inferred. */
  readonly inferred?: readonly string[];
  /** Achievements counted through look-ahead. */
  readonly lookAhead?: readonly string[];
}

export interface Scenario {
  readonly catalog: unknown;
  readonly record: unknown;
  readonly audit: { readonly program: string } & AuditOptions;
  readonly expect: Expect;
}

export const EXPECT_KEYS = ['satisfied', 'status', 'optimal', 'nodes', 'reasons', 'applied', 'progress', 'unused', 'used', 'credits', 'policies', 'exceptions', 'inferred', 'lookAhead'];

export function readScenario(block: Block): Scenario {
  const data = parseYaml(block.text) as Record<string, unknown>;
  const keys = Object.keys(data).sort();
  if (keys.join() !== 'audit,catalog,expect,record') throw new Error(`scenario at line ${block.line}: top-level keys must be catalog, record, audit, expect; got ${keys.join(', ')}`);
  const unknown = Object.keys(data['expect'] as object).filter((k) => !EXPECT_KEYS.includes(k));
  if (unknown.length > 0) throw new Error(`scenario at line ${block.line}: unknown expect keys ${unknown.join(', ')}`);
  return data as unknown as Scenario;
}

export function findNode(node: NodeResult, id: string): NodeResult | undefined {
  if (node.id === id) return node;
  for (const child of node.children) {
    const found = findNode(child, id);
    if (found) return found;
  }
  return undefined;
}

export function run(s: Scenario): AuditResult {
  const catalog = safeParseCatalog(s.catalog);
  if (!catalog.success) throw new Error(`catalog: ${JSON.stringify(catalog.issues, null, 1)}`);
  const { program, ...options } = s.audit;
  const outcome = safeAudit(catalog.data, s.record, program, options);
  if (!outcome.success) throw new Error(`audit: ${JSON.stringify(outcome.issues, null, 1)}`);
  return outcome.data;
}

/** Every disagreement between the expectation and the result, as readable lines. */
export function check(e: Expect, r: AuditResult): string[] {
  const out: string[] = [];
  const same = (what: string, want: unknown, got: unknown): void => {
    if (JSON.stringify(want) !== JSON.stringify(got)) out.push(`${what}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  };
  const node = (id: string): NodeResult | undefined => {
    const n = findNode(r.root, id);
    if (!n) out.push(`no node "${id}" in the result`);
    return n;
  };
  if (e.satisfied !== undefined) same('satisfied', e.satisfied, r.satisfied);
  if (e.status !== undefined) same('status', e.status, r.status);
  if (e.optimal !== undefined) same('optimal', e.optimal, r.optimal);
  if (e.credits !== undefined) same('credits applied', e.credits, r.totals.credits.applied);
  for (const [id, status] of Object.entries(e.nodes ?? {})) {
    const n = node(id);
    if (n) same(`node ${id} status`, status, n.status);
  }
  for (const [id, code] of Object.entries(e.reasons ?? {})) {
    const n = node(id);
    if (n && !n.reasons.some((x) => x.code === code)) out.push(`node ${id}: expected reason ${code}, got ${JSON.stringify(n.reasons.map((x) => x.code))}`);
  }
  for (const [id, ids] of Object.entries(e.applied ?? {})) {
    const n = node(id);
    if (n) same(`node ${id} applied`, [...ids].sort(), n.applied.filter((a) => a.counted).map((a) => a.achievement).sort());
  }
  for (const [id, p] of Object.entries(e.progress ?? {})) {
    const n = node(id);
    if (n && p.credits !== undefined) same(`node ${id} credits`, p.credits, n.progress.credits?.applied);
    if (n && p.count !== undefined) same(`node ${id} count`, p.count, n.progress.count?.applied);
  }
  for (const [id, code] of Object.entries(e.unused ?? {})) {
    const u = r.unused.find((x) => x.achievement === id);
    if (!u) out.push(`achievement ${id}: expected unused (${code}), but it was used`);
    else if (!u.reasons.some((x) => x.code === code)) out.push(`achievement ${id}: expected reason ${code}, got ${JSON.stringify(u.reasons.map((x) => x.code))}`);
  }
  for (const id of e.used ?? []) {
    const u = r.unused.find((x) => x.achievement === id);
    if (u) out.push(`achievement ${id}: expected used, but unused for ${JSON.stringify(u.reasons.map((x) => x.code))}`);
  }
  for (const [policy, met] of Object.entries(e.policies ?? {})) {
    same(`policy ${policy}`, met, r.policies.find((p) => p.policy === policy)?.met);
  }
  for (const [id, applied] of Object.entries(e.exceptions ?? {})) {
    same(`exception ${id} applied`, applied, r.exceptions.find((x) => x.id === id)?.applied);
  }
  if (e.inferred !== undefined) same('inferred', [...e.inferred].sort(), r.inferred.map((x) => x.unit).sort());
  if (e.lookAhead !== undefined) same('lookAhead', [...e.lookAhead].sort(), [...r.lookAhead].sort());
  return out;
}

export function summary(r: AuditResult): string {
  const lines: string[] = [`status ${r.status}, satisfied ${r.satisfied}, credits ${r.totals.credits.applied}`];
  const walk = (n: NodeResult, depth: number): void => {
    const applied = n.applied.map((a) => `${a.achievement}${a.counted ? '' : ' (not counted)'}`).join(', ');
    lines.push(`${'  '.repeat(depth)}${n.id}: ${n.status} [${applied}] ${n.reasons.map((x) => x.code).join(' ')}`);
    n.children.forEach((c) => walk(c, depth + 1));
  };
  walk(r.root, 0);
  lines.push(`policies ${r.policies.map((p) => `${p.policy}=${p.met}`).join(' ')}`);
  lines.push(`unused ${r.unused.map((u) => `${u.achievement}: ${u.reasons.map((x) => x.code).join('/')}`).join('; ')}`);
  return lines.join('\n');
}
