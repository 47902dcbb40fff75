import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/catalog/parseCatalog.js';
import { safeCreditMap } from '../../src/creditMap/safeCreditMap.js';
import { safeAudit } from '../../src/audit/safeAudit.js';
import type { CreditMapEntry } from '../../src/creditMap/CreditMapEntry.js';
import type { AppliedAchievement, NodeResult } from '../../src/audit/AuditResult.js';
import { auditInstanceArb } from '../_helpers/auditArbitraries.js';
import { propertyRuns } from '../_helpers/propertyRuns.js';

const RUNS = propertyRuns(60);

/** Everything counted at the audit's nodes, with the node it is at. */
function applied(root: NodeResult): { node: NodeResult; item: AppliedAchievement }[] {
  const out: { node: NodeResult; item: AppliedAchievement }[] = [];
  const walk = (node: NodeResult): void => {
    for (const item of node.applied) if (item.counted) out.push({ node, item });
    node.children.forEach(walk);
  };
  walk(root);
  return out;
}

/** Whether an applied item came by the entry's route. */
function byRoute(entry: CreditMapEntry, item: AppliedAchievement): boolean {
  const p = item.provenance;
  if (entry.route === 'direct') return p.kind === 'direct';
  if (entry.route === 'recognized') return p.kind === 'recognized' && p.recognition === entry.recognition && p.from === 'held';
  const composite = entry.stack?.at(-1);
  if (p.kind === 'inferred') return entry.recognition === undefined && item.unit === composite;
  return p.kind === 'recognized' && p.recognition === entry.recognition && p.from.replace(/~\d+$/, '') === `inferred:${composite}`;
}

describe('the credit map agrees with the audit', () => {
  it('each entry: auditing a record holding just that credential (as the entry assumed) applies it by that route, with those credits, at those requirements', () => {
    const seen = { direct: 0, recognized: 0, stacked: 0 };
    fc.assert(
      fc.property(auditInstanceArb, (instance) => {
        const catalog = parseCatalog(instance.catalog);
        const asOf = instance.options.asOf;
        const outcome = safeCreditMap(catalog, asOf === undefined ? {} : { asOf });
        expect(outcome.success).toBe(true);
        if (!outcome.success) return;
        expect(outcome.warnings).toEqual([]);
        const alone = new Map<string, CreditMapEntry>();
        for (const entry of outcome.data.entries) {
          seen[entry.route]++;
          if (!entry.alone) continue;
          alone.set(`${entry.credential}|${entry.program}|${entry.route}|${entry.stack?.at(-1) ?? ''}|${entry.recognition ?? ''}`, entry);
          const a = entry.assumed;
          const record = { achievements: [{ id: 'held', unit: entry.credential, earnedOn: a.earnedOn, verified: true, ...(a.grade && { grade: a.grade }) }] };
          const result = safeAudit(catalog, record, entry.program, { asOf: a.asOf ?? a.earnedOn });
          expect(result.success).toBe(true);
          if (!result.success) return;
          const mine = applied(result.data.root).filter(({ item }) => byRoute(entry, item));
          // The one achievement is applied by one route outside overlays: that route brings what the audit counts in all.
          const main = mine.some(({ node }) => !node.overlay);
          expect(entry.credits).toBe(main ? result.data.totals.credits.applied : 0);
          if (main) expect(applied(result.data.root).filter(({ node, item }) => !node.overlay && !byRoute(entry, item))).toEqual([]);
          expect([...new Set(mine.map(({ node }) => node.id))].sort()).toEqual([...entry.requirements].sort());
          expect(mine.length).toBeGreaterThan(0);
        }
        // A stack that needs its other parts carries the credits its composite counts for alone.
        for (const entry of outcome.data.entries) {
          if (entry.alone) continue;
          const whole = entry.stack?.at(-1) ?? '';
          const route = entry.recognition === undefined ? 'direct' : 'recognized';
          const source = alone.get(`${whole}|${entry.program}|${route}||${entry.recognition ?? ''}`);
          expect(source?.credits).toBe(entry.credits);
          expect(catalog.unit(whole)?.requirements).toBeDefined();
        }
      }),
      { numRuns: RUNS },
    );
    // The generated catalogs exercise every route, so the law is not checked on empty maps.
    expect(seen.direct).toBeGreaterThan(0);
    expect(seen.recognized).toBeGreaterThan(0);
    expect(seen.stacked).toBeGreaterThan(0);
  }, 120_000);

  it('the map is the same whatever order the catalog lists its units in, and does not touch the catalog', () => {
    fc.assert(
      fc.property(auditInstanceArb, (instance) => {
        const before = JSON.stringify(instance.catalog);
        const reversed = { ...instance.catalog, units: [...instance.catalog.units].reverse() };
        const asOf = instance.options.asOf ?? '2024-06-30';
        const a = safeCreditMap(parseCatalog(instance.catalog), { asOf });
        const b = safeCreditMap(parseCatalog(reversed), { asOf });
        expect(a.success && b.success).toBe(true);
        if (a.success && b.success) expect(JSON.stringify(b.data.entries)).toBe(JSON.stringify(a.data.entries));
        expect(JSON.stringify(instance.catalog)).toBe(before);
      }),
      { numRuns: propertyRuns(30) },
    );
  }, 120_000);
});
