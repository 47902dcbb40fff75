import { describe, expect, it } from 'vitest';
import { safeExportCtdlPathway } from '../../../src/interop/ctdl/safeExportCtdlPathway.js';
import { exportCtdlPathway } from '../../../src/interop/ctdl/exportCtdlPathway.js';
import { parseCatalog } from '../../../src/catalog/parseCatalog.js';
import { CredstackError } from '../../../src/issues/CredstackError.js';
import type { CtdlDocument } from '../../../src/interop/ctdl/CtdlDocument.js';
import type { Issue } from '../../../src/issues/Issue.js';
import { deepFreeze } from '../../_helpers/deepFreeze.js';
import { formatExample } from './catalogs.js';

type Node = Record<string, unknown>;

function exported(options = {}): { doc: CtdlDocument; warnings: readonly Issue[] } {
  const result = safeExportCtdlPathway(formatExample(), 'alm-management', options);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return { doc: result.data, warnings: result.warnings };
}
const byId = (doc: CtdlDocument, id: string) => doc['@graph'].find((n) => n['@id'] === id) as Node;
const ofType = (doc: CtdlDocument, type: string) => doc['@graph'].filter((n) => n['@type'] === type) as Node[];

describe('exporting a program as a CTDL pathway', () => {
  it('writes the CTDL context, the pathway, its destination and every component in hasPart', () => {
    const { doc } = exported();
    expect(doc['@context']).toBe('https://credreg.net/ctdl/schema/context/json');
    const pathway = doc['@graph'][0]!;
    expect(pathway).toMatchObject({ '@id': '_:alm-management', '@type': 'ceterms:Pathway', 'ceterms:name': { 'en-US': 'ALM in Management' }, 'ceterms:ownedBy': ['_:harvard-extension'] });
    expect(pathway['ceterms:hasDestinationComponent']).toEqual(['_:alm-management%2Fdestination']);
    const parts = pathway['ceterms:hasPart'] as string[];
    expect(parts[0]).toBe('_:alm-management%2Fdestination');
    for (const id of ['SC0x', 'SC4x', 'SCMx-CFx', 'cscp', 'MGMT%20401', 'MGMT%20402', 'MGMT%20499']) expect(parts).toContain(`_:${id}`);
    for (const part of parts.slice(1)) expect(byId(doc, part)['ceterms:isPartOf']).toEqual(['_:alm-management']);
  });

  it('writes the destination as a degree with the credits and the requirements as conditions', () => {
    const { doc } = exported({ credstack: false });
    const destination = byId(doc, '_:alm-management%2Fdestination');
    expect(destination).toMatchObject({ '@type': 'ceterms:CredentialComponent', 'ceterms:credentialType': 'ceterms:Degree', 'ceterms:isDestinationComponentOf': ['_:alm-management'] });
    expect(destination['ceterms:creditValue']).toEqual([
      {
        '@type': 'ceterms:ValueProfile',
        'ceterms:creditUnitType': [{ '@type': 'ceterms:CredentialAlignmentObject', 'ceterms:framework': 'https://credreg.net/ctdl/terms/CreditUnit', 'ceterms:targetNode': 'creditUnit:SemesterHour' }],
        'schema:value': 48,
      },
    ]);
    const [root] = destination['ceterms:hasCondition'] as Node[];
    expect(root).toMatchObject({ '@type': 'ceterms:ComponentCondition', 'ceterms:requiredNumber': 5 });
    const nested = root!['ceterms:hasCondition'] as Node[];
    expect(nested).toHaveLength(5);
    expect(nested[4]).toEqual({ '@type': 'ceterms:ComponentCondition', 'ceterms:name': { 'en-US': 'Supply chain credential' }, 'ceterms:requiredNumber': 1, 'ceterms:targetComponent': ['_:SCMx-CFx', '_:cscp'] });
    expect(nested[2]).toEqual({ '@type': 'ceterms:ComponentCondition', 'ceterms:requiredNumber': 1, 'ceterms:targetComponent': ['_:MGMT%20499'] });
  });

  it('writes a select node as the units it picks, with its credit minimum as a constraint', () => {
    const { doc } = exported({ credstack: false });
    const [root] = byId(doc, '_:alm-management%2Fdestination')['ceterms:hasCondition'] as Node[];
    const electives = (root!['ceterms:hasCondition'] as Node[])[1]!;
    expect(electives['ceterms:targetComponent']).toEqual(['_:MGMT%20402']);
    expect(electives['ceterms:requiredNumber']).toBeUndefined();
    expect(electives['ceterms:hasConstraint']).toEqual([
      { '@type': 'ceterms:Constraint', 'ceterms:leftSource': ['ceterms:creditValue'], 'ceterms:comparator': 'compare:GTEQ', 'ceterms:rightSource': ['8'] },
    ]);
  });

  it('writes components of the class their kind calls for, with prerequisites', () => {
    const { doc } = exported();
    expect(byId(doc, '_:SC0x')['@type']).toBe('ceterms:CourseComponent');
    expect(byId(doc, '_:SCMx-CFx')).toMatchObject({ '@type': 'ceterms:AssessmentComponent', 'ceterms:prerequisite': ['_:SC0x', '_:SC1x', '_:SC2x', '_:SC3x', '_:SC4x'] });
    expect(byId(doc, '_:cscp')).toMatchObject({ '@type': 'ceterms:CredentialComponent', 'ceterms:credentialType': 'ceterms:Certification' });
    expect(ofType(doc, 'ceterms:CredentialOrganization').map((o) => o['@id'])).toEqual(['_:mitx', '_:emc', '_:harvard-extension', '_:ascm']);
  });

  it('writes the recognitions for the program as transfer value profiles', () => {
    const { doc } = exported();
    const [hes] = ofType(doc, 'ceterms:TransferValueProfile');
    expect(hes).toMatchObject({
      '@id': '_:hes-scm',
      'ceterms:ownedBy': ['_:harvard-extension'],
      'ceterms:transferValueFrom': ['_:mitx-scm-micromasters'],
      'ceterms:transferValueFor': ['_:alm-management'],
      'ceterms:startDate': '2020-01-01',
      'ceterms:endDate': '2030-12-31',
    });
    expect((hes!['ceterms:transferValue'] as Node[])[0]!['schema:value']).toBe(16);
    expect(byId(doc, '_:mitx-scm-micromasters')['@type']).toBe('ceterms:MicroCredential');
  });

  it('reports what has no place in CTDL at its path, and keeps it under credstack: keys', () => {
    const { doc, warnings } = exported();
    const at = (path: unknown[]) => warnings.find((w) => JSON.stringify(w.path) === JSON.stringify(path));
    expect(at(['units', 11, 'requirements', 'all', 0, 'all', 1, 'minGrade'])).toMatchObject({ code: 'not_exported', message: expect.stringMatching(/minimum grade.*credstack:requirement/) });
    expect(at(['units', 11, 'requirements', 'all', 4, 'earnedBetween'])?.code).toBe('not_exported');
    expect(at(['units', 11, 'requirements', 'all', 1, 'select'])?.code).toBe('not_exported');
    expect(at(['units', 11, 'policies'])?.code).toBe('not_exported');
    expect(at(['recognitions', 0, 'conditions'])?.code).toBe('not_exported');
    expect(at(['gradeScales'])?.code).toBe('not_exported');
    const [root] = byId(doc, '_:alm-management%2Fdestination')['ceterms:hasCondition'] as Node[];
    const core = (root!['ceterms:hasCondition'] as Node[])[0]!;
    expect((core['ceterms:hasCondition'] as Node[])[0]!['credstack:requirement']).toEqual({ unit: 'MGMT 402', minGrade: { scale: 'us-letter', grade: 'B' } });
    expect(doc['@graph'][0]!['credstack:gradeScales']).toHaveLength(2);
  });

  it('writes CTDL alone when asked, and says what was left out', () => {
    const { doc, warnings } = exported({ credstack: false });
    expect(JSON.stringify(doc)).not.toContain('credstack:');
    expect(warnings.every((w) => w.code === 'not_exported' && /left out$/.test(w.message))).toBe(true);
  });

  it('writes the language asked for', () => {
    expect(exported({ language: 'en' }).doc['@graph'][0]!['ceterms:name']).toEqual({ en: 'ALM in Management' });
  });

  it('writes only the recognitions asked for', () => {
    expect(ofType(exported({ recognitions: [] }).doc, 'ceterms:TransferValueProfile')).toEqual([]);
    expect(ofType(exported({ recognitions: ['hes-sc1x'] }).doc, 'ceterms:TransferValueProfile').map((n) => n['@id'])).toEqual(['_:hes-sc1x']);
  });

  it('takes a Catalog or a catalog document, frozen, and changes neither', () => {
    const doc = deepFreeze(formatExample());
    const before = JSON.stringify(doc);
    const fromDoc = safeExportCtdlPathway(doc, 'alm-management');
    const fromCatalog = safeExportCtdlPathway(parseCatalog(doc), 'alm-management');
    expect(fromDoc.success && fromCatalog.success && fromDoc.data).toEqual(fromCatalog.success && fromCatalog.data);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('refuses what it cannot export, with issues', () => {
    const catalog = formatExample();
    expect(safeExportCtdlPathway(catalog, 'nope')).toMatchObject({ success: false, issues: [{ code: 'unknown_reference', path: ['programId'] }] });
    expect(safeExportCtdlPathway(catalog, 'SC0x')).toMatchObject({ success: false, issues: [{ code: 'invalid_value', path: ['programId'] }] });
    expect(safeExportCtdlPathway(catalog, 42)).toMatchObject({ success: false, issues: [{ code: 'unknown_reference' }] });
    expect(safeExportCtdlPathway({ units: 'no' }, 'x')).toMatchObject({ success: false, issues: [{ code: 'invalid_type', path: ['units'] }] });
    expect(safeExportCtdlPathway(catalog, 'alm-management', { credstack: 'yes' } as never)).toMatchObject({ success: false, issues: [{ code: 'invalid_option', path: ['options', 'credstack'] }] });
    expect(safeExportCtdlPathway(catalog, 'alm-management', { recognitions: ['zz'] })).toMatchObject({ success: false, issues: [{ code: 'invalid_option', path: ['options', 'recognitions', 0] }] });
    expect(() => exportCtdlPathway(catalog, 'nope')).toThrow(CredstackError);
  });
});
