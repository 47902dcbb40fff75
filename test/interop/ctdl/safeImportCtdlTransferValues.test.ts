import { describe, expect, it } from 'vitest';
import { safeImportCtdlTransferValues } from '../../../src/interop/ctdl/safeImportCtdlTransferValues.js';
import { importCtdlTransferValues } from '../../../src/interop/ctdl/importCtdlTransferValues.js';
import { safeExportCtdlTransferValues } from '../../../src/interop/ctdl/safeExportCtdlTransferValues.js';
import { exportCtdlTransferValues } from '../../../src/interop/ctdl/exportCtdlTransferValues.js';
import { safeParseCatalog } from '../../../src/catalog/safeParseCatalog.js';
import { formatExample } from './catalogs.js';

const REGISTRY = 'https://credentialengineregistry.org/resources/';
const profile = (extra: Record<string, unknown>) => ({
  '@context': 'https://credreg.net/ctdl/schema/context/json',
  '@id': `${REGISTRY}ce-5f2b7ce4-6952-43aa-89fa-bcb06d67313f`,
  '@type': 'ceterms:TransferValueProfile',
  'ceterms:ctid': 'ce-5f2b7ce4-6952-43aa-89fa-bcb06d67313f',
  'ceterms:name': { 'en-US': 'Military training toward the BS' },
  'ceterms:ownedBy': [{ '@id': `${REGISTRY}ce-aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee`, '@type': 'ceterms:CredentialOrganization', 'ceterms:name': 'State University' }],
  'ceterms:transferValue': [{ '@type': 'ceterms:ValueProfile', 'ceterms:creditUnitType': ['creditUnit:SemesterHour'], 'schema:value': 6 }],
  ...extra,
});

describe('importing transfer values', () => {
  it('reads a Registry transfer value: sources it does not hold become units titled by their ids', () => {
    const result = safeImportCtdlTransferValues(profile({
      'ceterms:transferValueFrom': [`${REGISTRY}ce-12121212-3434-4565-8787-909090909090`],
      'ceterms:transferValueFor': [{ '@type': 'ceterms:BachelorDegree', '@id': `${REGISTRY}ce-bbbbbbbb-cccc-4ddd-8eee-ffffffffffff`, 'ceterms:name': 'BS in Logistics' }],
      'ceterms:startDate': '2021-07-01T00:00:00Z',
    }));
    if (!result.success) throw new Error(JSON.stringify(result.issues));
    expect(result.data.recognitions).toEqual([
      expect.objectContaining({
        id: 'ce-5f2b7ce4-6952-43aa-89fa-bcb06d67313f',
        institution: 'ce-aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
        program: 'ce-bbbbbbbb-cccc-4ddd-8eee-ffffffffffff',
        from: { ids: ['ce-12121212-3434-4565-8787-909090909090'] },
        grants: { credits: { value: 6, system: 'us-semester' } },
        validFrom: '2021-07-01',
      }),
    ]);
    expect(result.data.units.map((u) => [u.id, u.kind, u.title])).toEqual([
      ['ce-bbbbbbbb-cccc-4ddd-8eee-ffffffffffff', 'degree', 'BS in Logistics'],
      ['ce-12121212-3434-4565-8787-909090909090', 'course', 'ce-12121212-3434-4565-8787-909090909090'],
    ]);
    expect(result.warnings.some((w) => w.code === 'assumed' && /not in the document/.test(w.message))).toBe(true);
    expect(safeParseCatalog({ ...result.data }).success).toBe(true);
  });

  it('leaves out a transfer value with no institution or nothing granted, and says so', () => {
    const orphan = profile({ 'ceterms:ownedBy': [], 'ceterms:transferValueFrom': ['_:x'] });
    const result = safeImportCtdlTransferValues({ '@graph': [orphan, { '@id': '_:x', '@type': 'ceterms:Course', 'ceterms:name': 'X' }] });
    expect(result.success && result.data.recognitions).toEqual([]);
    expect(result.success && result.warnings.some((w) => w.code === 'unmapped' && /left out/.test(w.message))).toBe(true);
  });

  it('gives back the recognitions an export wrote', () => {
    const catalog = formatExample();
    const doc = exportCtdlTransferValues(catalog);
    const parts = importCtdlTransferValues(JSON.stringify(doc));
    expect(parts.recognitions).toEqual(catalog.recognitions);
    for (const unit of parts.units) expect(unit).toEqual(catalog.units.find((u) => u.id === unit.id));
    expect(parts.units.map((u) => u.id).sort()).toEqual(['MGMT 401', 'SC0x', 'SC1x', 'SC2x', 'SC3x', 'SC4x', 'SCMx-CFx', 'mitx-scm-micromasters', 'alm-management', 'MGMT 402', 'MGMT 499', 'cscp'].sort());
  });

  it('refuses an unknown recognition and a document with none', () => {
    expect(safeExportCtdlTransferValues(formatExample(), { recognitions: ['nope'] })).toMatchObject({ success: false, issues: [{ code: 'invalid_option' }] });
    expect(safeImportCtdlTransferValues({ '@graph': [] })).toMatchObject({ success: false, issues: [{ code: 'invalid_type', path: [] }] });
  });
});
