import { describe, expect, it } from 'vitest';
import { safeImportOpenBadge } from '../../../src/interop/ob3/safeImportOpenBadge.js';
import type { CredentialImport } from '../../../src/interop/ob3/CredentialImport.js';
import type { Issue } from '../../../src/issues/Issue.js';
import type { SafeResult } from '../../../src/issues/Result.js';
import { safeParseRecord } from '../../../src/record/safeParseRecord.js';
import { fixtureJson, fixtureText } from '../vc/fixtures.js';

const AS_OF = '2024-06-30';

function ok(result: SafeResult<CredentialImport>): { data: CredentialImport; warnings: readonly Issue[] } {
  if (!result.success) throw new Error(`expected success, got ${JSON.stringify(result.issues, null, 1)}`);
  return result;
}

function codes(issues: readonly Issue[]): string[] {
  return issues.map((i) => `${i.code} ${JSON.stringify(i.path)}`);
}

describe('safeImportOpenBadge on the Open Badges fixtures', () => {
  it('imports simple.json (VC 2.0): dates, issuer, learner, achievement id, unverified', async () => {
    const { data, warnings } = ok(await safeImportOpenBadge(fixtureText('ob3/simple.json'), { asOf: AS_OF }));
    const [a] = data.record.achievements;
    expect(data.record.learner).toEqual({ id: 'did:example:ebfeb1f712ebc6f1c276e12ec21' });
    expect(a).toMatchObject({
      id: 'http://example.com/credentials/3527',
      externalId: { scheme: 'ob3', id: 'https://example.com/achievements/21st-century-skills/teamwork' },
      status: 'completed',
      earnedOn: '2010-01-01',
      issuer: 'https://example.com/issuers/876543',
    });
    expect(a).not.toHaveProperty('verified');
    expect(a).not.toHaveProperty('expiresOn');
    expect(codes(warnings)).toEqual(['unverified []']);
    expect(warnings[0]!.message).toContain('DataIntegrityProof (eddsa-rdfc-2022)');
    expect(safeParseRecord(data.record).success).toBe(true);
  });

  it('imports simple_v1.json (VC 1.1, issuanceDate) to the same achievement as simple.json', async () => {
    const v1 = ok(await safeImportOpenBadge(fixtureJson('ob3/simple_v1.json'), { asOf: AS_OF })).data.record.achievements[0]!;
    const v2 = ok(await safeImportOpenBadge(fixtureJson('ob3/simple.json'), { asOf: AS_OF })).data.record.achievements[0]!;
    const { extensions: _a, ...one } = v1;
    const { extensions: _b, ...two } = v2;
    expect(one).toEqual(two);
  });

  it('imports complete.json: earned at activityEndDate, expires at validUntil, letter grade, credits left out without a system', async () => {
    const { data, warnings } = ok(await safeImportOpenBadge(fixtureText('ob3/complete.json'), { asOf: AS_OF }));
    const a = data.record.achievements[0]!;
    expect(a).toMatchObject({
      id: 'http://1edtech.edu/credentials/3732',
      externalId: { scheme: 'ob3', id: 'https://1edtech.edu/achievements/degree' },
      status: 'completed',
      earnedOn: '2010-01-02',
      expiresOn: '2030-01-01',
      grade: { scale: 'urn:uuid:f6ab24cd-86e8-4eaf-b8c6-ded74e8fd41c', value: 'A' },
      issuer: 'https://1edtech.edu/issuers/565049',
    });
    expect(a).not.toHaveProperty('credits');
    expect(codes(warnings)).toEqual([
      'unmapped ["credentialSubject","creditsEarned"]',
      'assumed ["credentialSubject","result",0,"value"]',
      'unverified []',
      'assumed ["credentialStatus"]',
    ]);
    expect(warnings[1]!.message).toContain('gradeScales.LetterGrade');
    expect(warnings[3]!.message).toMatch(/status .* was not checked .* taken as not revoked/);
  });

  it('imports complete.json credits and grade with the options that name their system and scale', async () => {
    const { data, warnings } = ok(await safeImportOpenBadge(fixtureText('ob3/complete.json'), { asOf: AS_OF, creditSystem: 'us-semester', gradeScales: { LetterGrade: 'us-letter' } }));
    expect(data.record.achievements[0]).toMatchObject({ credits: { value: 42, system: 'us-semester' }, grade: { scale: 'us-letter', value: 'A' } });
    expect(codes(warnings)).toEqual(['unverified []', 'assumed ["credentialStatus"]']);
  });

  it('takes the credit system from an alignment that names one, and says so', async () => {
    const doc = fixtureJson('ob3/complete.json');
    const subject = doc['credentialSubject'] as Record<string, unknown>;
    const achievement = subject['achievement'] as Record<string, unknown>;
    (achievement['alignment'] as unknown[]).push({ type: ['Alignment'], targetName: 'ECTS', targetUrl: 'https://ec.europa.eu/ects' });
    const { data, warnings } = ok(await safeImportOpenBadge(doc, { asOf: AS_OF }));
    expect(data.record.achievements[0]!.credits).toEqual({ value: 42, system: 'ects' });
    expect(warnings.find((w) => w.path.join('.') === 'credentialSubject.creditsEarned')).toMatchObject({ code: 'assumed' });
  });

  it('imports the EU micro-credential as an Open Badge: awardedDate, validity, no proof', async () => {
    const { data, warnings } = ok(await safeImportOpenBadge(fixtureText('edc/open-badge-mc-example.json'), { asOf: '2026-06-30' }));
    expect(data.record.achievements[0]).toMatchObject({
      id: 'urn:uuid:00a0d11e-3749-4ee3-9b44-230c1774d387',
      earnedOn: '2026-01-12',
      expiresOn: '2026-12-31',
      issuer: 'urn:uuid:df1eceb0-c36a-4613-b3d7-992c9ee66f5b',
      externalId: { scheme: 'ob3', id: 'urn:uuid:5300c688-6bfc-498a-a976-230af55b5ca6' },
    });
    expect(codes(warnings)).toEqual(['unverified []']);
    expect(warnings[0]!.message).toContain('carries no proof');
  });

  it('warns when asOf is before the credential is valid', async () => {
    const { warnings } = ok(await safeImportOpenBadge(fixtureText('edc/open-badge-mc-example.json'), { asOf: '2025-06-30' }));
    expect(warnings.find((w) => w.code === 'not_yet_valid')).toMatchObject({ path: ['validFrom'] });
  });

  it('gives simple-err-expired.json an expired warning at validUntil, and expiresOn', async () => {
    const { data, warnings } = ok(await safeImportOpenBadge(fixtureText('ob3/simple-err-expired.json'), { asOf: AS_OF }));
    expect(data.record.achievements[0]).toMatchObject({ earnedOn: '2010-01-01', expiresOn: '2010-01-01' });
    expect(warnings.find((w) => w.code === 'expired')).toMatchObject({ path: ['validUntil'] });
  });

  it('judges expiry on the boundary day: expired on the day validUntil falls on, not the day before', async () => {
    const doc = fixtureJson('ob3/simple.json');
    doc['validUntil'] = '2020-05-01T00:00:00Z';
    const on = ok(await safeImportOpenBadge(doc, { asOf: '2020-05-01' }));
    const before = ok(await safeImportOpenBadge(doc, { asOf: '2020-04-30' }));
    expect(on.warnings.some((w) => w.code === 'expired')).toBe(true);
    expect(before.warnings.some((w) => w.code === 'expired')).toBe(false);
    const without = ok(await safeImportOpenBadge(doc));
    expect(without.warnings.some((w) => w.code === 'expired')).toBe(false);
    expect(without.data.record.achievements[0]!.expiresOn).toBe('2020-05-01');
  });

  it('refuses simple-err-type.json (an OtherCredential) with an issue at type', async () => {
    const result = await safeImportOpenBadge(fixtureText('ob3/simple-err-type.json'), { asOf: AS_OF });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(codes(result.issues)).toEqual(['invalid_value ["type"]']);
    expect(result.issues[0]!.message).toContain('OtherCredential');
    expect(result.issues[0]).toMatchObject({ line: 7 });
  });

  it.each([[[]], [5], [['VerifiableCredential']]])('refuses a credential whose type is %j', async (type) => {
    const doc = fixtureJson('ob3/simple.json');
    doc['type'] = type;
    const result = await safeImportOpenBadge(doc);
    expect(!result.success && codes(result.issues)).toEqual(['invalid_value ["type"]']);
  });

  it('gives a credential without an id a stable one', async () => {
    const doc = fixtureJson('ob3/simple.json');
    delete doc['id'];
    const one = ok(await safeImportOpenBadge(doc)).data.record.achievements[0]!.id;
    const two = ok(await safeImportOpenBadge(JSON.stringify(doc, null, 4))).data.record.achievements[0]!.id;
    expect(one).toMatch(/^urn:credstack:ob3:[0-9a-f]{16}$/);
    expect(two).toBe(one);
  });

  it('refuses simple-err-issuer.json with an issue at issuer', async () => {
    const result = await safeImportOpenBadge(fixtureText('ob3/simple-err-issuer.json'));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues[0]).toMatchObject({ code: 'invalid_type', path: ['issuer'] });
    expect(result.issues[0]!.message).toContain('"issuer" is missing');
  });

  it('imports simple-noproof.json, whose subject names no achievement, unverified, the credential standing for the achievement', async () => {
    const result = await safeImportOpenBadge(fixtureText('ob3/simple-noproof.json'), { asOf: AS_OF });
    if (!result.success) throw new Error(JSON.stringify(result.issues));
    const doc = fixtureJson('ob3/simple-noproof.json');
    const a = result.data.record.achievements[0]!;
    expect(a).not.toHaveProperty('verified');
    expect(a.externalId).toEqual({ scheme: 'ob3', id: doc['id'] });
    expect(codes(result.warnings)).toContain('assumed ["credentialSubject","achievement"]');
  });

  it('refuses a credential with neither an achievement nor an id of its own', async () => {
    const doc = fixtureJson('ob3/simple-noproof.json');
    delete doc['id'];
    const result = await safeImportOpenBadge(doc);
    expect(!result.success && codes(result.issues)).toEqual(['invalid_type ["credentialSubject","achievement"]']);
  });

  it('says which importer to use for a ClrCredential or an EndorsementCredential', async () => {
    const clr = await safeImportOpenBadge(fixtureText('clr2/simple.json'));
    expect(!clr.success && clr.issues[0]!.message).toContain('importClr');
    const complete = fixtureJson('ob3/complete.json');
    const endorsement = (complete['endorsement'] as unknown[])[0];
    const result = await safeImportOpenBadge(endorsement as object);
    expect(!result.success && result.issues[0]).toMatchObject({ code: 'invalid_value', path: ['type'] });
  });
});

describe('credential status', () => {
  it('gives credential-status-revoked.json a revoked warning when the checker says revoked, and no verified', async () => {
    const seen: unknown[] = [];
    const result = await safeImportOpenBadge(fixtureText('ob3/credential-status-revoked.json'), {
      asOf: AS_OF,
      checkStatus: (entry, credential) => {
        seen.push([entry['type'], credential.id, credential.issuer]);
        return 'revoked';
      },
      verifiers: [{ method: 'ed25519-2020', supports: () => true, verify: () => true }],
    });
    const { data, warnings } = ok(result);
    expect(seen).toEqual([['1EdTechRevocationList', 'https://dc.1edtech.org/wellspring2022/wellspring-portal/credential/54418d3f-ec01-4652-800a-861c890a51a1', 'did:web:dc.1edtech.org:wellspring2022:wellspring-portal:org:da1e96e9-afcc-4eed-b9a2-2ddf7353214c']]);
    expect(codes(warnings)).toEqual(['revoked ["credentialStatus"]']);
    expect(data.record.achievements[0]).not.toHaveProperty('verified');
    expect(data.record.achievements[0]).toMatchObject({ earnedOn: '2023-05-22' });
  });

  it('counts a suspended status as revoked, an active one as nothing, a failing checker as not checked', async () => {
    const text = fixtureText('ob3/credential-status-revoked.json');
    const suspended = ok(await safeImportOpenBadge(text, { checkStatus: async () => 'suspended' as const }));
    expect(suspended.warnings.find((w) => w.code === 'revoked')!.message).toContain('suspended');
    const active = ok(await safeImportOpenBadge(text, { checkStatus: () => 'active' }));
    expect(codes(active.warnings)).toEqual(['unverified []']);
    const failing = ok(await safeImportOpenBadge(text, { checkStatus: () => { throw new Error('list unreachable'); } }));
    expect(failing.warnings.find((w) => w.code === 'assumed')!.message).toContain('list unreachable');
  });

  it('notes, without a checker, that the status was not checked', async () => {
    const { warnings } = ok(await safeImportOpenBadge(fixtureText('ob3/credential-status-revoked.json')));
    expect(warnings.find((w) => w.path[0] === 'credentialStatus')).toMatchObject({ code: 'assumed' });
  });
});

describe('results', () => {
  const withResults = (results: unknown[]): Record<string, unknown> => {
    const doc = fixtureJson('ob3/complete.json');
    (doc['credentialSubject'] as Record<string, unknown>)['result'] = results;
    return doc;
  };

  it.each([
    ['Completed', 'completed'],
    ['InProgress', 'in-progress'],
    ['Enrolled', 'in-progress'],
    ['Failed', 'failed'],
    ['Withdrew', 'withdrawn'],
    ['OnHold', 'in-progress'],
    ['Provisional', 'in-progress'],
  ])('maps result status %s to %s', async (status, expected) => {
    const { data, warnings } = ok(await safeImportOpenBadge(withResults([{ type: ['Result'], status }]), { asOf: AS_OF }));
    const a = data.record.achievements[0]!;
    expect(a.status).toBe(expected);
    expect(a.earnedOn === undefined).toBe(expected !== 'completed');
    expect(warnings.some((w) => w.code === 'assumed' && w.path.join('.') === 'credentialSubject.result.0.status')).toBe(status === 'OnHold' || status === 'Provisional');
    expect(safeParseRecord(data.record).success).toBe(true);
  });

  it('takes the least favourable of disagreeing statuses and says so', async () => {
    const { data, warnings } = ok(await safeImportOpenBadge(withResults([{ status: 'Completed' }, { status: 'Failed' }])));
    expect(data.record.achievements[0]!.status).toBe('failed');
    expect(warnings.find((w) => w.code === 'assumed')!.message).toContain('least favourable');
  });

  it('reads a percent as a number and warns about result values that are not grades', async () => {
    const doc = withResults([{ resultDescription: 'urn:p', value: '87.5%' }, { resultDescription: 'urn:h', value: '75' }]);
    const achievement = (doc['credentialSubject'] as Record<string, Record<string, unknown>>)['achievement']!;
    achievement['resultDescription'] = [{ id: 'urn:p', resultType: 'Percent', valueMin: '0', valueMax: '100' }, { id: 'urn:h', resultType: 'Result', name: 'Hours' }];
    const { data, warnings } = ok(await safeImportOpenBadge(doc, { gradeScales: { Percent: 'percent' } }));
    expect(data.record.achievements[0]!.grade).toEqual({ scale: 'percent', value: 87.5 });
    expect(warnings.find((w) => w.code === 'unmapped' && w.path.join('.') === 'credentialSubject.result.1.value')!.message).toContain('not a grade');
  });
});
