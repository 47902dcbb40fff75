import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/catalog/parseCatalog.js';
import { smallCatalog, course } from '../_helpers/catalogs.js';

const catalog = parseCatalog(smallCatalog());

describe('Catalog lookups', () => {
  it('finds units, organisations, recognitions and grade scales by id', () => {
    expect(catalog.unit('C1')?.title).toBe('Course C1');
    expect(catalog.organisation('emc')?.kind).toBe('consortium');
    expect(catalog.recognition('r1')?.program).toBe('DEG');
    expect(catalog.gradeScale('letter')?.passing).toBe('C');
    expect(catalog.unit('nope')).toBeUndefined();
  });

  it('lists programs: degrees and certificates with requirements', () => {
    expect(catalog.programs.map((p) => p.id)).toEqual(['DEG']);
  });

  it('selects units by filter, in document order', () => {
    expect(catalog.select({ subjects: ['math', 'cs'] }).map((u) => u.id)).toEqual(['C1', 'C2']);
    expect(catalog.select({ patterns: ['C*'] }).map((u) => u.id)).toEqual(['C1', 'C2', 'C3']);
    expect(catalog.select({ kinds: ['course'], not: { ids: ['C2'] } }).map((u) => u.id)).toEqual(['C1', 'C3']);
  });

  it('finds a unit by external id', () => {
    const c = parseCatalog({ units: [course('X', { externalIds: [{ scheme: 'ctid', id: 'ce-1' }] })] });
    expect(c.unitByExternalId('ctid', 'ce-1')?.id).toBe('X');
    expect(c.unitByExternalId('ob3', 'ce-1')).toBeUndefined();
  });
});

describe('Catalog relations, both ways', () => {
  it('part of a composite', () => {
    expect(catalog.partsOf('MC')).toEqual(['C1', 'C2']);
    expect(catalog.compositesOf('C1')).toEqual(['MC']);
    expect(catalog.partsOf('DEG')).toEqual(['MC']);
  });

  it('prerequisites', () => {
    expect(catalog.prerequisitesOf('C3')).toEqual(['C1']);
    expect(catalog.prerequisiteFor('C1')).toEqual(['C3']);
    expect(catalog.prerequisitesOf('C1')).toEqual([]);
  });

  it('counts toward a program, by name or by filter', () => {
    expect(catalog.countsToward('MC')).toEqual([{ from: 'MC', to: 'DEG', kind: 'counts-toward', via: 'stack' }]);
    expect(catalog.countsToward('C2').map((r) => r.via)).toEqual(['el']);
    expect(catalog.countsToward('C3')).toEqual([]);
  });

  it('recognised as local units', () => {
    const doc = smallCatalog();
    doc.recognitions = [{ id: 'r2', institution: 'uni', from: { ids: ['C3'] }, grants: { units: ['C2'] } }];
    const c = parseCatalog(doc);
    expect(c.recognisedAs('C3')).toEqual(['C2']);
    expect(c.relations()).toContainEqual({ from: 'C3', to: 'C2', kind: 'recognised-as', via: 'r2' });
  });

  it('orders units so parts and prerequisites come first', () => {
    const order = catalog.topologicalOrder();
    const at = (id: string): number => order.indexOf(id);
    expect(order).toHaveLength(5);
    expect(at('C1')).toBeLessThan(at('C3'));
    expect(at('C1')).toBeLessThan(at('MC'));
    expect(at('MC')).toBeLessThan(at('DEG'));
  });

  it('lists every relation as plain data', () => {
    const kinds = new Set(catalog.relations().map((r) => r.kind));
    expect([...kinds].sort()).toEqual(['counts-toward', 'part-of', 'prerequisite-of']);
    expect(JSON.parse(JSON.stringify(catalog.relations()))).toEqual(catalog.relations());
  });

  it('round-trips through toJSON', () => {
    expect(parseCatalog(JSON.parse(JSON.stringify(catalog))).toJSON()).toEqual(catalog.toJSON());
  });
});
