/**
 * Law L5 for CTDL: a program exported and imported again is the same
 * program. With credstack's round-trip data the catalog parts come back
 * equal; through plain CTDL, a program CTDL can state comes back with the
 * same requirement tree (up to the order of children), the same units and
 * credits, and every audit of it gives the same answer.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { auditInstanceArb } from '../../_helpers/auditArbitraries.js';
import { propertyRuns } from '../../_helpers/propertyRuns.js';
import { safeParseCatalog } from '../../../src/catalog/safeParseCatalog.js';
import { safeAudit } from '../../../src/audit/safeAudit.js';
import type { Catalog } from '../../../src/catalog/Catalog.js';
import type { CatalogDocument } from '../../../src/model/catalogDocument.js';
import type { Requirement } from '../../../src/model/requirement.js';
import type { LearnerRecordInput } from '../../../src/model/recordDocument.js';
import type { AuditOptions } from '../../../src/audit/AuditOptions.js';
import type { CtdlImport } from '../../../src/interop/ctdl/CtdlImport.js';
import { safeExportCtdlPathway } from '../../../src/interop/ctdl/safeExportCtdlPathway.js';
import { safeImportCtdlPathway } from '../../../src/interop/ctdl/safeImportCtdlPathway.js';
import { plainCatalogArb, plainRecordArb } from './ctdlArbitraries.js';
import { fixture } from './fixtures.js';

function parsed(doc: unknown): Catalog {
  const result = safeParseCatalog(doc);
  if (!result.success) throw new Error(`not a valid catalog: ${JSON.stringify(result.issues)}`);
  return result.data;
}

/** Exports a program, writes the document as JSON text, and imports the text. */
function throughCtdl(catalog: Catalog, programId: string, credstack: boolean): CtdlImport {
  const exported = safeExportCtdlPathway(catalog, programId, { credstack });
  if (!exported.success) throw new Error(`export failed: ${JSON.stringify(exported.issues)}`);
  const imported = safeImportCtdlPathway(JSON.stringify(exported.data));
  if (!imported.success) throw new Error(`import failed: ${JSON.stringify(imported.issues)}`);
  return imported.data;
}

/** The original catalog with the imported parts in place of those of the same id. */
function replaced(original: CatalogDocument, parts: CtdlImport): CatalogDocument {
  const units = new Set(parts.units.map((u) => u.id));
  const organisations = new Set(parts.organisations.map((o) => o.id));
  const recognitions = new Set(parts.recognitions.map((r) => r.id));
  return {
    ...original,
    organisations: [...parts.organisations, ...(original.organisations ?? []).filter((o) => !organisations.has(o.id))],
    units: [...parts.units, ...original.units.filter((u) => !units.has(u.id))],
    recognitions: [...parts.recognitions, ...(original.recognitions ?? []).filter((r) => !recognitions.has(r.id))],
  };
}

/**
 * The same answer: satisfied or not, and the program's status. (Through plain
 * CTDL a node of one child comes back as the child, which may change which
 * spare achievements the allocation applies, never whether the program is met.)
 */
function sameAnswer(before: Catalog, after: Catalog, record: LearnerRecordInput, programId: string, options: AuditOptions): void {
  const a = safeAudit(before, record, programId, options);
  const b = safeAudit(after, record, programId, options);
  expect(b.success).toBe(a.success);
  if (a.success && b.success) {
    expect(b.data.satisfied).toBe(a.data.satisfied);
    expect(b.data.status).toBe(a.data.status);
  }
}

/** A requirement tree up to the order of children: all, any and atLeast as "k of n", one child needed of one as the child. */
function canonical(node: Requirement): string {
  if ('unit' in node) return `unit(${node.unit})`;
  if ('select' in node) throw new Error('a plain program has no select node');
  const children = 'all' in node ? node.all : 'any' in node ? node.any : node.of;
  const need = 'all' in node ? children.length : 'any' in node ? 1 : node.atLeast;
  const inner = children.map(canonical).sort();
  if (inner.length === 1 && need === 1 && node.title === undefined && node.min === undefined) return inner[0]!;
  return `${need}of[${inner.join(',')}]${node.min?.credits === undefined ? '' : `min${node.min.credits}`}${node.title === undefined ? '' : `"${node.title}"`}`;
}

describe('L5: export then import gives back the program', () => {
  it('with credstack data: the same units, recognitions and organisations, and the same audits', () => {
    fc.assert(
      fc.property(auditInstanceArb, (instance) => {
        const catalog = parsed(instance.catalog);
        const parts = throughCtdl(catalog, instance.programId, true);
        const originals = new Map(instance.catalog.units.map((u) => [u.id, u]));
        expect(parts.units[0]!.id).toBe(instance.programId);
        for (const unit of parts.units) expect(unit).toEqual(originals.get(unit.id));
        for (const r of parts.recognitions) expect(r).toEqual(instance.catalog.recognitions?.find((x) => x.id === r.id));
        for (const o of parts.organisations) expect(o).toEqual(instance.catalog.organisations?.find((x) => x.id === o.id));
        expect(parts.gradeScales).toEqual(instance.catalog.gradeScales);
        sameAnswer(catalog, parsed(replaced(instance.catalog, parts)), instance.record, instance.programId, instance.options);
      }),
      { numRuns: propertyRuns(100) },
    );
  }, 60_000);

  it('through plain CTDL: the same tree semantics, units and credits, and the same audits', () => {
    fc.assert(
      fc.property(plainCatalogArb, fc.array(plainRecordArb, { minLength: 1, maxLength: 3 }), (doc, records) => {
        const catalog = parsed(doc);
        const parts = throughCtdl(catalog, 'PROG', false);
        const program = parts.units[0]!;
        const original = catalog.unit('PROG')!;
        expect(program).toMatchObject({ id: 'PROG', kind: original.kind, title: original.title });
        expect(program.credits).toEqual(original.credits);
        expect(canonical(program.requirements!)).toBe(canonical(original.requirements!));
        for (const unit of parts.units.slice(1)) {
          const before = catalog.unit(unit.id)!;
          expect({ kind: unit.kind, title: unit.title, credits: unit.credits }).toEqual({ kind: before.kind, title: before.title, credits: before.credits });
          if (before.requirements !== undefined) expect(canonical(unit.requirements!)).toBe(canonical(before.requirements));
          expect(unit.prerequisites).toEqual(before.prerequisites);
        }
        const after = parsed(replaced(doc, parts));
        for (const record of records) sameAnswer(catalog, after, record, 'PROG', { asOf: '2024-06-30' });
      }),
      { numRuns: propertyRuns(200) },
    );
  }, 60_000);

  it('an imported real pathway, exported and imported again, comes back equal', () => {
    for (const name of ['ce-pathway-conditions-draft.json', 'ce-registry-assistant-biotech.json', 'quirks-graph.json', 'plain-object.json']) {
      const first = safeImportCtdlPathway(fixture(name));
      if (!first.success) throw new Error(name);
      const again = throughCtdl(parsed({ ...first.data }), first.data.units[0]!.id, true);
      expect(again).toEqual(first.data);
    }
  });

  it('keeps every unit field CTDL has no place for', () => {
    const doc = JSON.parse(JSON.stringify({
      units: [
        {
          id: 'A', kind: 'micro-credential', title: 'A', tags: ['t'], competencies: ['c'], validity: 'P3Y', workload: { hours: 125 },
          offering: { cost: { amount: 150, currency: 'USD' }, mode: 'online', terms: ['fall'] }, level: { framework: 'EQF', value: 6 },
        },
        { id: 'P', kind: 'certificate', title: 'P', requirements: { unit: 'A' } },
      ],
    })) as CatalogDocument;
    const parts = throughCtdl(parsed(doc), 'P', true);
    expect(parts.units).toEqual(doc.units.slice().reverse());
  });

  it('an imported real pathway keeps its CTDL through an export without credstack data', () => {
    const first = safeImportCtdlPathway(fixture('quirks-graph.json'));
    if (!first.success) throw new Error('quirks-graph');
    const exported = safeExportCtdlPathway(parsed({ ...first.data }), first.data.units[0]!.id, { credstack: false });
    expect(exported.success).toBe(true);
    const text = JSON.stringify(exported.success && exported.data);
    expect(text).not.toContain('credstack:');
    expect(text).toContain('https://credentialengineregistry.org/resources/ce-3c1a5b8e-6d2f-4b7a-9e10-5a2b7c9d0e11');
    const again = throughCtdl(parsed({ ...first.data }), first.data.units[0]!.id, false);
    expect(again.units[0]!.requirements).toEqual(first.data.units[0]!.requirements);
    expect(again.units.map((u) => [u.id, u.credits])).toEqual(first.data.units.map((u) => [u.id, u.credits]));
  });
});
