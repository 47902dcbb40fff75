import { describe, expect, it } from 'vitest';
import { safeImportOpenBadge } from '../../../src/interop/ob3/safeImportOpenBadge.js';
import type { CredentialImport } from '../../../src/interop/ob3/CredentialImport.js';
import type { SafeResult } from '../../../src/issues/Result.js';
import { safeParseCatalog } from '../../../src/catalog/safeParseCatalog.js';
import { parseCatalog } from '../../../src/catalog/parseCatalog.js';
import { safeParseRecord } from '../../../src/record/safeParseRecord.js';
import { safeAudit } from '../../../src/audit/safeAudit.js';
import type { CatalogDocument } from '../../../src/model/catalogDocument.js';
import { fixtureJson, fixtureText } from '../vc/fixtures.js';

const ACCREDITER = 'https://accrediter.edu/issuers/565049';
const UNIVERSITY = 'https://1edtech.edu/issuers/565049';
const DEGREE = 'https://1edtech.edu/achievements/degree';

function data(result: SafeResult<CredentialImport>): CredentialImport {
  if (!result.success) throw new Error(JSON.stringify(result.issues, null, 1));
  return result.data;
}

describe('catalog parts of complete.json', () => {
  it('describe the issuer accredited by its endorsers, the degree unit and the grade scale, and pass safeParseCatalog', async () => {
    const result = await safeImportOpenBadge(fixtureText('ob3/complete.json'), { asOf: '2024-06-30', catalogParts: true, creditSystem: 'us-semester' });
    const { catalog, record } = data(result);
    const parsed = safeParseCatalog(catalog);
    if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
    const university = parsed.data.organisation(UNIVERSITY)!;
    expect(university).toMatchObject({ name: '1EdTech University', country: 'US', externalIds: [{ scheme: 'ob3', id: UNIVERSITY }] });
    expect(university.accreditations).toEqual([
      { by: ACCREDITER, from: '2010-01-01', until: '2019-12-31' },
      { by: 'https://state.gov/issuers/565049', from: '2010-01-01', until: '2019-12-31' },
    ]);
    expect(parsed.data.organisation(ACCREDITER)).toMatchObject({ name: 'Example Accrediting Agency' });
    expect(parsed.data.unit(DEGREE)).toMatchObject({
      kind: 'degree',
      title: '1EdTech University Degree',
      provider: UNIVERSITY,
      credits: { value: 36, system: 'us-semester' },
      subjects: ['Research'],
      tags: ['research', 'computer science'],
      externalIds: [{ scheme: 'ob3', id: DEGREE }],
    });
    expect(parsed.data.gradeScale('urn:uuid:f6ab24cd-86e8-4eaf-b8c6-ded74e8fd41c')).toMatchObject({ grades: [{ grade: 'A' }, { grade: 'B' }, { grade: 'C' }, { grade: 'D' }], passing: 'C' });
    expect(record.achievements[0]).toMatchObject({ unit: DEGREE, grade: { scale: 'urn:uuid:f6ab24cd-86e8-4eaf-b8c6-ded74e8fd41c', value: 'A' }, credits: { value: 42, system: 'us-semester' } });
    expect(record.achievements[0]).not.toHaveProperty('externalId');
    expect(safeParseRecord(record, { catalog: parsed.data }).success).toBe(true);
    if (result.success) {
      // Each endorsement about the issuer was read, and none could be checked without a verifier.
      expect(result.warnings.filter((w) => w.code === 'unverified').map((w) => w.path)).toEqual([
        [],
        ['endorsement', 0],
        ['issuer', 'endorsement', 0],
        ['credentialSubject', 'achievement', 'endorsement', 0],
        ['credentialSubject', 'achievement', 'creator', 'endorsement', 0],
        ['credentialSubject', 'achievement', 'creator', 'endorsement', 1],
      ]);
    }
  });

  it('let a recognition require an issuer accredited by the endorser, as audits read it', async () => {
    const { catalog, record } = data(await safeImportOpenBadge(fixtureText('ob3/complete.json'), { catalogParts: true, creditSystem: 'us-semester' }));
    const withProgram = (by: string): CatalogDocument => ({
      organisations: [...catalog!.organisations!, { id: 'home', name: 'Home University' }],
      units: [...catalog!.units, { id: 'MA', kind: 'degree', title: 'MA', provider: 'home', requirements: { id: 'root', select: { tags: { any: ['transfer'] } }, min: { credits: 10 } } }],
      gradeScales: catalog!.gradeScales!,
      recognitions: [{ id: 'rec', institution: 'home', program: 'MA', from: { ids: [DEGREE] }, grants: { credits: { value: 10, system: 'us-semester' }, tags: ['transfer'] }, conditions: { issuerAccreditedBy: by } }],
    });
    const accredited = safeAudit(parseCatalog(withProgram(ACCREDITER)), record, 'MA', { asOf: '2024-06-30' });
    const not = safeAudit(parseCatalog(withProgram('home')), record, 'MA', { asOf: '2024-06-30' });
    expect(accredited.success && accredited.data.satisfied).toBe(true);
    expect(not.success && not.data.satisfied).toBe(false);
  });

  it('are absent unless asked for', async () => {
    expect(data(await safeImportOpenBadge(fixtureText('ob3/complete.json'))).catalog).toBeUndefined();
  });

  it('leave out an endorsement whose proof fails, or that is revoked, with a warning', async () => {
    const failing = await safeImportOpenBadge(fixtureText('ob3/complete.json'), {
      catalogParts: true,
      verifiers: [{ method: 'eddsa', supports: (p) => p['cryptosuite'] === 'eddsa-rdf-2022', verify: () => false }],
    });
    const parts = data(failing).catalog!;
    expect(parts.organisations!.find((o) => o.id === UNIVERSITY)).not.toHaveProperty('accreditations');
    expect(failing.success && failing.warnings.filter((w) => w.code === 'invalid_signature').length).toBe(5);
    const revoked = await safeImportOpenBadge(fixtureText('ob3/complete.json'), { catalogParts: true, checkStatus: (entry) => (String(entry['id']).includes('state.gov') ? 'revoked' : 'active') });
    expect(data(revoked).catalog!.organisations!.find((o) => o.id === UNIVERSITY)!.accreditations).toEqual([{ by: ACCREDITER, from: '2010-01-01', until: '2019-12-31' }]);
  });

  it('give the creator its own organisation when it is not the issuer', async () => {
    const doc = fixtureJson('ob3/simple.json');
    const subject = doc['credentialSubject'] as Record<string, Record<string, unknown>>;
    subject['achievement']!['creator'] = { id: 'https://example.com/dept', type: ['Profile'], name: { en: 'Department', fr: 'Département' } };
    subject['achievement']!['achievementType'] = 'ext:Custom';
    const result = await safeImportOpenBadge(doc, { catalogParts: true, language: 'fr' });
    const { catalog } = data(result);
    expect(catalog!.organisations!.map((o) => [o.id, o.name])).toEqual([['https://example.com/issuers/876543', 'Example Corp'], ['https://example.com/dept', 'Département']]);
    expect(catalog!.units[0]).toMatchObject({ provider: 'https://example.com/dept', kind: 'badge' });
    expect(result.success && result.warnings.find((w) => w.path.join('.') === 'credentialSubject.achievement.achievementType')).toMatchObject({ code: 'assumed' });
    expect(safeParseCatalog(catalog).success).toBe(true);
  });
});

describe('mapping to a catalog', () => {
  const catalog = parseCatalog({
    organisations: [{ id: 'corp', name: 'Example Corp', externalIds: [{ scheme: 'ob3', id: 'https://example.com/issuers/876543' }] }],
    units: [
      { id: 'TEAM', kind: 'badge', title: 'Teamwork', provider: 'corp', credits: { value: 1, system: 'ceu' }, externalIds: [{ scheme: 'ob3', id: 'https://example.com/achievements/21st-century-skills/teamwork' }] },
      { id: 'DEG', kind: 'degree', title: 'Degree', credits: { value: 36, system: 'us-semester' }, externalIds: [{ scheme: 'ctid', id: 'ce-98cb027b-95ef-4494-908d-6f7790ec6b6b' }] },
    ],
    gradeScales: [{ id: 'us-letter', grades: [{ grade: 'A' }, { grade: 'B' }], passing: 'B' }],
  });

  it('maps by external id, and the issuer by its ob3 external id', async () => {
    const result = await safeImportOpenBadge(fixtureText('ob3/simple.json'), { catalog });
    const a = data(result).record.achievements[0]!;
    expect(a).toMatchObject({ unit: 'TEAM', issuer: 'corp' });
    expect(a).not.toHaveProperty('externalId');
    expect(safeParseRecord(data(result).record, { catalog }).success).toBe(true);
  });

  it('maps by an alignment to a Credential Registry resource, and takes the credit system of the unit, saying so', async () => {
    const result = await safeImportOpenBadge(fixtureText('ob3/complete.json'), { catalog, gradeScales: { LetterGrade: 'us-letter' } });
    const { record } = data(result);
    expect(record.achievements[0]).toMatchObject({ unit: 'DEG', grade: { scale: 'us-letter', value: 'A' }, credits: { value: 42, system: 'us-semester' } });
    expect(record.achievements[0]).not.toHaveProperty('issuer');
    const warnings = result.success ? result.warnings : [];
    expect(warnings.map((w) => [w.code, w.path])).toContainEqual(['unmapped', ['issuer']]);
    expect(warnings.find((w) => w.path.join('.') === 'credentialSubject.creditsEarned')).toMatchObject({ code: 'assumed' });
    expect(warnings.find((w) => w.path.join('.') === 'credentialSubject.creditsEarned')!.message).toContain('catalog unit "DEG"');
    expect(safeParseRecord(record, { catalog }).success).toBe(true);
  });

  it('reports an achievement no unit lists, keeping its external id', async () => {
    const doc = fixtureJson('ob3/simple.json');
    (doc['credentialSubject'] as Record<string, Record<string, unknown>>)['achievement']!['id'] = 'https://example.com/other';
    const result = await safeImportOpenBadge(doc, { catalog });
    expect(data(result).record.achievements[0]).toMatchObject({ externalId: { scheme: 'ob3', id: 'https://example.com/other' } });
    expect(result.success && result.warnings.find((w) => w.code === 'unmapped')).toMatchObject({ path: ['credentialSubject', 'achievement', 'id'] });
  });

  it('leaves out a grade whose scale the catalog lacks, or that is not on it', async () => {
    const withoutScale = await safeImportOpenBadge(fixtureText('ob3/complete.json'), { catalog });
    expect(data(withoutScale).record.achievements[0]).not.toHaveProperty('grade');
    const offScale = fixtureJson('ob3/complete.json');
    ((offScale['credentialSubject'] as Record<string, unknown[]>)['result']![0] as Record<string, unknown>)['value'] = 'C';
    const result = await safeImportOpenBadge(offScale, { catalog, gradeScales: { LetterGrade: 'us-letter' } });
    expect(data(result).record.achievements[0]).not.toHaveProperty('grade');
    expect(result.success && result.warnings.map((w) => w.code)).toContain('invalid_grade');
  });
});

describe('catalog parts beside a catalog', () => {
  it('do not repeat a grade scale the catalog has', async () => {
    const catalog = parseCatalog({ units: [], gradeScales: [{ id: 'urn:uuid:f6ab24cd-86e8-4eaf-b8c6-ded74e8fd41c', grades: [{ grade: 'A' }, { grade: 'B' }] }] });
    const result = await safeImportOpenBadge(fixtureText('ob3/complete.json'), { catalog, catalogParts: true });
    const { record, catalog: parts } = data(result);
    expect(parts!.gradeScales).toEqual([]);
    expect(record.achievements[0]!.grade).toEqual({ scale: 'urn:uuid:f6ab24cd-86e8-4eaf-b8c6-ded74e8fd41c', value: 'A' });
    const merged = safeParseCatalog({ ...parts, gradeScales: catalog.gradeScales });
    expect(merged.success && safeParseRecord(record, { catalog: merged.data }).success).toBe(true);
  });
});
