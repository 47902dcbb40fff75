/**
 * The importers through the public entry, end to end: a badge imported from
 * Open Badges 3.0 (with the catalog parts it describes) counts in an audit.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalog, safeAudit, safeImportOpenBadge, safeParseRecord } from '../../src/index.js';

const COMPLETE = readFileSync(new URL('../fixtures/standards/ob3/complete.json', import.meta.url), 'utf8');

describe('an Open Badge imported through the public entry', () => {
  it('counts toward a program that requires its achievement, accredited issuer and all', async () => {
    const imported = await safeImportOpenBadge(COMPLETE, { asOf: '2015-06-30', catalogParts: true, creditSystem: 'us-semester' });
    if (!imported.success) throw new Error(JSON.stringify(imported.issues));
    const parts = imported.data.catalog!;
    const degree = parts.units![0]!;
    const issuer = parts.organisations!.find((o) => (o.accreditations ?? []).length > 0)!;
    const accreditor = issuer.accreditations![0]!.by;
    const catalog = parseCatalog({
      ...parts,
      units: [
        ...parts.units!,
        { id: 'local', kind: 'course', title: 'A local course', credits: { value: 3, system: 'us-semester' } },
        { id: 'grad', kind: 'certificate', title: 'Graduate certificate', requirements: { all: [{ id: 'prior', unit: 'local' }] } },
      ],
      recognitions: [{ id: 'prior-degree', institution: issuer.id, program: 'grad', from: { ids: [degree.id] }, grants: { units: ['local'] }, conditions: { issuerAccreditedBy: accreditor } }],
    });
    const record = safeParseRecord(imported.data.record, { catalog });
    expect(record.success).toBe(true);
    const audited = safeAudit(catalog, imported.data.record, 'grad', { asOf: '2015-06-30' });
    if (!audited.success) throw new Error(JSON.stringify(audited.issues));
    expect(audited.data.satisfied).toBe(true);
    // The issuer must have been accredited on the day the badge was earned (2010-01-02): an accreditation from 2011 is not enough.
    const late = parseCatalog({ ...catalog.document, organisations: parts.organisations!.map((o) => (o.id === issuer.id ? { ...o, accreditations: [{ by: accreditor, from: '2011-01-01' }] } : o)) });
    const after = safeAudit(late, imported.data.record, 'grad', { asOf: '2015-06-30' });
    expect(after.success && after.data.satisfied).toBe(false);
  });
});
