import { describe, expect, it } from 'vitest';
import { safeImportClr } from '../../../src/interop/clr/safeImportClr.js';
import { importClr } from '../../../src/interop/clr/importClr.js';
import type { CredentialImport } from '../../../src/interop/ob3/CredentialImport.js';
import type { CredentialVerifier } from '../../../src/interop/vc/CredentialVerifier.js';
import type { Issue } from '../../../src/issues/Issue.js';
import type { SafeResult } from '../../../src/issues/Result.js';
import { CredstackError } from '../../../src/issues/CredstackError.js';
import { safeParseCatalog } from '../../../src/catalog/safeParseCatalog.js';
import { parseCatalog } from '../../../src/catalog/parseCatalog.js';
import { safeParseRecord } from '../../../src/record/safeParseRecord.js';
import { fixtureJson, fixtureText, jwtParts, tamper } from '../vc/fixtures.js';

const CLR_ID = 'http://example.edu/credentials/3732';
const PROGRAM = 'urn:uuid:3314c2c0-2ee9-4183-838b-470c15ddfb08';
const HEALTH_1 = 'urn:uuid:bb9a27e6-3a2d-413b-b0c7-97ef9dfdde22';
const SHARED = 'urn:uuid:0f09ae53-33ae-4472-8daa-d7381b859e6c';

function ok(result: SafeResult<CredentialImport>): { data: CredentialImport; warnings: readonly Issue[] } {
  if (!result.success) throw new Error(JSON.stringify(result.issues, null, 1));
  return result;
}

const at = (warnings: readonly Issue[], code: string): string[] => warnings.filter((w) => w.code === code).map((w) => w.path.join('.'));

describe('safeImportClr on simple.json', () => {
  it('imports the credential it carries, notes the CLR, keeps the CLR whole, and stacks its achievement definitions', async () => {
    const input = fixtureJson('clr2/simple.json');
    const { data, warnings } = ok(await safeImportClr(fixtureText('clr2/simple.json'), { asOf: '2024-06-30', catalogParts: true }));
    expect(data.record).toMatchObject({ id: CLR_ID, learner: { id: 'did:example:ebfeb1f712ebc6f1c276e12ec21' } });
    expect(data.record.achievements).toHaveLength(1);
    expect(data.record.achievements[0]).toMatchObject({
      id: 'http://example.com/credentials/3527',
      unit: 'https://example.com/achievements/21st-century-skills/teamwork',
      earnedOn: '2010-01-01',
      source: `ClrCredential ${CLR_ID}, verifiableCredential[0]`,
      extensions: { clr: { credential: CLR_ID, verifiableCredential: 0 } },
    });
    expect(data.extensions).toEqual({ clr: { credential: input } });
    const catalog = safeParseCatalog(data.catalog);
    if (!catalog.success) throw new Error(JSON.stringify(catalog.issues));
    expect(catalog.data.unit('urn:uuid:a7467ef6-56cb-11ec-bf63-0242ac130002')!.requirements).toEqual({ all: [{ unit: 'urn:uuid:dd887f0a-56cb-11ec-bf63-0242ac130002' }] });
    expect(catalog.data.partsOf('urn:uuid:a7467ef6-56cb-11ec-bf63-0242ac130002')).toEqual(['urn:uuid:dd887f0a-56cb-11ec-bf63-0242ac130002']);
    expect(safeParseRecord(data.record, { catalog: catalog.data }).success).toBe(true);
    expect(at(warnings, 'unverified')).toEqual(['', 'credentialSubject.verifiableCredential.0']);
  });

  it('imports simple-noproof.json (VC 1.1) and says the CLR carries no proof', async () => {
    const { data, warnings } = ok(await safeImportClr(fixtureText('clr2/simple-noproof.json')));
    expect(data.record.achievements[0]).toMatchObject({ id: 'urn:uuid:91537dba-56cb-11ec-bf63-0242ac130002', earnedOn: '2010-01-01', externalId: { scheme: 'ob3', id: 'urn:uuid:a7467ef6-56cb-11ec-bf63-0242ac130002' } });
    expect(warnings[0]!.message).toContain('carries no proof');
  });
});

describe('safeImportClr on complex.json: a program and the courses it is parent of', () => {
  const text = fixtureText('clr2/complex.json');

  it('imports every course with its date, issuer and letter grade', async () => {
    const { data, warnings } = ok(await safeImportClr(text, { asOf: '2024-06-30', gradeScales: { LetterGrade: 'us-letter' } }));
    const achievements = data.record.achievements;
    expect(achievements).toHaveLength(6);
    expect(data.record.learner).toEqual({ id: 'urn:uuid:360a0e1e-c3f4-4fc4-9975-379889927d54' });
    for (const a of achievements) expect(a).toMatchObject({ status: 'completed', earnedOn: '2018-06-06', issuer: 'urn:uuid:4ca4a241-fc3b-4d92-978e-f56fa96ae795' });
    expect(achievements.map((a) => a.externalId?.id)).toEqual([PROGRAM, HEALTH_1, SHARED, SHARED, SHARED, SHARED]);
    expect(achievements[1]!.grade).toEqual({ scale: 'us-letter', value: 'A' });
    expect(achievements.filter((a) => a.grade).length).toBe(1);
    expect(at(warnings, 'assumed')).toEqual(['credentialSubject.verifiableCredential.0.credentialSubject.id']);
  });

  it('makes the program a unit that requires its parts, with placeholders for the parts the CLR does not describe', async () => {
    const { data, warnings } = ok(await safeImportClr(text, { catalogParts: true }));
    const catalog = safeParseCatalog(data.catalog);
    if (!catalog.success) throw new Error(JSON.stringify(catalog.issues));
    const program = catalog.data.unit(PROGRAM)!;
    expect(program).toMatchObject({ kind: 'certificate', title: 'Nurse Assistant 1 Program with Licensure' });
    expect(program.requirements).toEqual({
      all: [HEALTH_1, SHARED, 'urn:uuid:6364db90-edf9-47b9-b92b-4b116cac19a5', 'urn:uuid:e935e820-d9a0-4e9e-8b84-6ec82caabaf7', 'urn:uuid:4072f4b6-75e9-42ed-8b95-b92711310dbe'].map((unit) => ({ unit })),
    });
    expect(catalog.data.programs.map((p) => p.id)).toEqual([PROGRAM]);
    expect(catalog.data.unit('urn:uuid:6364db90-edf9-47b9-b92b-4b116cac19a5')).toMatchObject({ kind: 'course', title: 'urn:uuid:6364db90-edf9-47b9-b92b-4b116cac19a5' });
    expect(at(warnings, 'assumed')).toEqual([
      'credentialSubject.verifiableCredential.0.credentialSubject.id',
      'credentialSubject.association.2',
      'credentialSubject.association.3',
      'credentialSubject.association.4',
    ]);
    // The sample reuses one achievement id for four different achievements: each gets its own unit, and the record says which.
    expect(at(warnings, 'duplicate_id')).toEqual([3, 4, 5].map((i) => `credentialSubject.verifiableCredential.${i}.credentialSubject.achievement`));
    expect(data.record.achievements.slice(2).map((a) => a.unit)).toEqual([SHARED, `${SHARED}#2`, `${SHARED}#3`, `${SHARED}#4`]);
    expect(catalog.data.unit(`${SHARED}#4`)).toMatchObject({ kind: 'badge', title: 'Oregon State Board of Nursing - Certified Nursing Assistant' });
    expect(safeParseRecord(data.record, { catalog: catalog.data }).success).toBe(true);
  });

  it('leaves out, with catalog parts, a grade whose result description lists no values', async () => {
    const { data, warnings } = ok(await safeImportClr(text, { catalogParts: true }));
    expect(data.record.achievements[1]).not.toHaveProperty('grade');
    expect(at(warnings, 'unmapped')).toContain('credentialSubject.verifiableCredential.1.credentialSubject.result.0.value');
  });

  it('keeps the endorsement of the program by the Board of Nursing with its unit', async () => {
    const { data } = ok(await safeImportClr(text, { catalogParts: true }));
    const program = data.catalog!.units.find((u) => u.id === PROGRAM)!;
    const endorsement = ((program.extensions!['ob3'] as Record<string, unknown>)['endorsement'] as Record<string, Record<string, unknown>>[])[0]!;
    expect(endorsement['issuer']!['name']).toBe('Oregon State Board of Nursing');
  });

  it('lets carried credentials whose own proof was not checked stand on the CLR\'s, when one issuer signed both', async () => {
    const clr = fixtureJson('clr2/complex.json');
    const clrProof = (clr['proof'] as Record<string, unknown>)['proofValue'];
    const verifier: CredentialVerifier = { method: 'ed25519-2020', supports: (p) => p['proofValue'] === clrProof, verify: () => true };
    const { data, warnings } = ok(await safeImportClr(clr, { verifiers: [verifier] }));
    for (const a of data.record.achievements) expect(a.verified).toEqual({ method: 'ed25519-2020' });
    expect(at(warnings, 'unverified')).toEqual([]);
  });
});

describe('safeImportClr on simple.jwt (a VC-JWT carrying a VC-JWT)', () => {
  const token = fixtureText('clr2/simple.jwt');

  it('verifies both against the JWKs in their headers with trustHeaderKey, saying what that proves', async () => {
    const { data, warnings } = ok(await safeImportClr(token, { trustHeaderKey: true, catalogParts: true }));
    expect(data.record.achievements[0]).toMatchObject({ id: 'urn:uuid:91537dba-56cb-11ec-bf63-0242ac130002', verified: { method: 'vc-jwt-header-jwk' }, earnedOn: '2010-01-01' });
    expect(warnings.map((w) => [w.code, w.path.join('.')])).toEqual([
      ['assumed', ''],
      ['assumed', 'vc.credentialSubject.verifiableCredential.0'],
    ]);
    expect(data.extensions).toMatchObject({ clr: { jwt: token.trim() } });
    expect(data.catalog!.units.find((u) => u.id === 'urn:uuid:a7467ef6-56cb-11ec-bf63-0242ac130002')!.requirements).toEqual({ all: [{ unit: 'urn:uuid:dd887f0a-56cb-11ec-bf63-0242ac130002' }] });
  });

  it('imports them unverified without a key, with a warning for each', async () => {
    const { data, warnings } = ok(await safeImportClr(token));
    expect(data.record.achievements[0]).not.toHaveProperty('verified');
    expect(at(warnings, 'unverified')).toEqual(['vc', 'vc.credentialSubject.verifiableCredential.0.vc']);
  });

  it('refuses the CLR when its payload was changed after signing', async () => {
    const forged = tamper(token, (p) => ((p['vc'] as Record<string, unknown>)['name'] = 'Forged Transcript'));
    const result = await safeImportClr(forged, { trustHeaderKey: true });
    expect(!result.success && result.issues.map((i) => [i.code, i.path])).toEqual([['invalid_signature', []]]);
  });

  it('refuses, or with skip leaves out, a carried VC-JWT changed after signing', async () => {
    const inner = ((jwtParts(token).payload['vc'] as Record<string, Record<string, string[]>>)['credentialSubject']!['verifiableCredential'])![0]!;
    const clr = fixtureJson('clr2/simple.json');
    (clr['credentialSubject'] as Record<string, unknown>)['verifiableCredential'] = [tamper(inner, (p) => ((p['vc'] as Record<string, unknown>)['name'] = 'Forged'))];
    const refused = await safeImportClr(clr, { trustHeaderKey: true });
    expect(!refused.success && refused.issues.map((i) => [i.code, i.path])).toEqual([['invalid_signature', ['credentialSubject', 'verifiableCredential', 0]]]);
    const skipped = ok(await safeImportClr(clr, { trustHeaderKey: true, onInvalidCredential: 'skip' }));
    expect(skipped.data.record.achievements).toEqual([]);
    expect(skipped.warnings.find((w) => w.code === 'invalid_signature')!.message).toContain('credential not imported');
  });
});

describe('associations', () => {
  const withAssociations = (associations: unknown[]): Record<string, unknown> => {
    const clr = fixtureJson('clr2/simple.json');
    (clr['credentialSubject'] as Record<string, unknown>)['association'] = associations;
    return clr;
  };
  const A1 = 'urn:uuid:a7467ef6-56cb-11ec-bf63-0242ac130002';
  const A2 = 'urn:uuid:dd887f0a-56cb-11ec-bf63-0242ac130002';

  it('reads isChildOf and isPartOf from the part\'s side', async () => {
    const { data } = ok(await safeImportClr(withAssociations([
      { type: 'Association', associationType: 'isChildOf', sourceId: A2, targetId: A1 },
      { type: 'Association', associationType: 'isPartOf', sourceId: 'https://example.com/achievements/21st-century-skills/teamwork', targetId: A1 },
    ]), { catalogParts: true }));
    expect(data.catalog!.units.find((u) => u.id === A1)!.requirements).toEqual({ all: [{ unit: A2 }, { unit: 'https://example.com/achievements/21st-century-skills/teamwork' }] });
  });

  it('names other association types in a warning and keeps them with the CLR', async () => {
    const precedes = { type: 'Association', associationType: 'precedes', sourceId: A1, targetId: A2 };
    const result = ok(await safeImportClr(withAssociations([precedes])));
    expect(result.warnings.find((w) => w.code === 'unmapped')).toMatchObject({ path: ['credentialSubject', 'association', 0, 'associationType'] });
    expect(result.warnings.find((w) => w.code === 'unmapped')!.message).toContain('precedes');
    const kept = (result.data.extensions!['clr'] as { credential: Record<string, Record<string, unknown>> }).credential;
    expect(kept['credentialSubject']!['association']).toEqual([precedes]);
  });

  it('leaves out a part that would close a loop', async () => {
    const result = await safeImportClr(withAssociations([
      { associationType: 'isParentOf', sourceId: A1, targetId: A2 },
      { associationType: 'isParentOf', sourceId: A2, targetId: A1 },
    ]), { catalogParts: true });
    const { data, warnings } = ok(result);
    expect(warnings.find((w) => w.code === 'cycle')).toMatchObject({ path: ['credentialSubject', 'association', 1], cycle: [A2, A1] });
    expect(safeParseCatalog(data.catalog).success).toBe(true);
  });

  it('does not change a catalog unit\'s requirements', async () => {
    const catalog = parseCatalog({ units: [{ id: 'P', kind: 'certificate', title: 'P', externalIds: [{ scheme: 'ob3', id: A1 }] }] });
    const { warnings } = ok(await safeImportClr(fixtureText('clr2/simple.json'), { catalog, catalogParts: true }));
    expect(warnings.find((w) => w.path.join('.') === 'credentialSubject.association.0')).toMatchObject({ code: 'unmapped' });
  });
});

describe('bad CLRs', () => {
  it('refuses an Open Badge, pointing to importOpenBadge, and a CLR that carries no credential', async () => {
    const badge = await safeImportClr(fixtureText('ob3/simple.json'));
    expect(!badge.success && badge.issues[0]!.message).toContain('importOpenBadge');
    const empty = fixtureJson('clr2/simple.json');
    (empty['credentialSubject'] as Record<string, unknown>)['verifiableCredential'] = [];
    const result = await safeImportClr(empty);
    expect(!result.success && result.issues.map((i) => [i.code, i.path])).toEqual([['invalid_type', ['credentialSubject', 'verifiableCredential']]]);
  });

  it('reports every carried credential that cannot be imported, at its path', async () => {
    const clr = fixtureJson('clr2/simple.json');
    (clr['credentialSubject'] as Record<string, unknown>)['verifiableCredential'] = [42, { type: ['VerifiableCredential', 'OpenBadgeCredential'], credentialSubject: {} }];
    const result = await safeImportClr(JSON.stringify(clr, null, 2));
    expect(!result.success && result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_type', 'credentialSubject.verifiableCredential.0'],
      ['invalid_type', 'credentialSubject.verifiableCredential.1.issuer'],
      ['invalid_type', 'credentialSubject.verifiableCredential.1.credentialSubject.achievement'],
    ]);
    expect(!result.success && result.issues[0]!.line).toBeGreaterThan(1);
  });

  it('gives a second credential of the same id its own achievement id', async () => {
    const clr = fixtureJson('clr2/simple.json');
    const subject = clr['credentialSubject'] as Record<string, unknown[]>;
    subject['verifiableCredential'] = [subject['verifiableCredential']![0], subject['verifiableCredential']![0]];
    const { data, warnings } = ok(await safeImportClr(clr));
    expect(data.record.achievements.map((a) => a.id)).toEqual(['http://example.com/credentials/3527', 'http://example.com/credentials/3527#2']);
    expect(at(warnings, 'duplicate_id')).toEqual(['credentialSubject.verifiableCredential.1.id']);
  });

  it('leaves out a grade not on the scale the parts keep for a result description described twice', async () => {
    const complete = fixtureJson('ob3/complete.json');
    const second = structuredClone(complete);
    second['id'] = 'urn:second';
    const subject = second['credentialSubject'] as Record<string, Record<string, unknown>>;
    (subject['achievement']!['resultDescription'] as Record<string, unknown>[])[0]!['allowedValue'] = ['Fail', 'Pass'];
    (subject['result'] as unknown as Record<string, unknown>[])[0]!['value'] = 'Pass';
    const clr = fixtureJson('clr2/simple.json');
    (clr['credentialSubject'] as Record<string, unknown>)['verifiableCredential'] = [complete, second];
    const { data, warnings } = ok(await safeImportClr(clr, { catalogParts: true }));
    expect(data.record.achievements.map((a) => a.grade?.value)).toEqual(['A', undefined]);
    expect(at(warnings, 'invalid_grade')).toEqual(['credentialSubject.verifiableCredential.1.credentialSubject.achievement']);
    const catalog = safeParseCatalog(data.catalog);
    expect(catalog.success && safeParseRecord(data.record, { catalog: catalog.data }).success).toBe(true);
  });
});

describe('importClr', () => {
  it('returns the data, and rejects bad input with a CredstackError', async () => {
    expect((await importClr(fixtureText('clr2/simple.json'))).record.achievements).toHaveLength(1);
    const error = await importClr('not a credential').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredstackError);
    expect((error as CredstackError).issues[0]!.code).toBe('malformed');
  });
});
