import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { parse as parseYaml } from 'yaml';
import { audit, parseCatalog, type AuditResult, type CatalogDocument, type NodeResult } from '../../src/index.js';
import { loadExampleData } from '../../examples/loadExampleData.js';
import { asuEarnedAdmissionExample, ASU_AS_OF } from '../../examples/06-asu-earned-admission.js';
import { euMicrocredentialsExample } from '../../examples/07-eu-microcredentials-cap.js';
import { googleAceCreditExample } from '../../examples/08-google-ace-credit.js';
import { issuerAccreditationExample } from '../../examples/09-issuer-accreditation.js';
import { openBadgeExample } from '../../examples/10-open-badge-import.js';

/** The node of a result's tree with this id. */
function node(result: AuditResult, id: string): NodeResult {
  const walk = (n: NodeResult): NodeResult | undefined => (n.id === id ? n : n.children.map(walk).find((x) => x !== undefined));
  const found = walk(result.root);
  if (!found) throw new Error(`no node ${id}`);
  return found;
}

/** The reason codes an unused achievement is reported with. */
function unusedCodes(result: AuditResult, achievement: string): string[] {
  return result.unused.find((u) => u.achievement === achievement)?.reasons.map((r) => r.code) ?? [];
}

/** A catalog document of examples/data, as plain data to change for a counterfactual. */
function catalogDoc(name: string): CatalogDocument {
  return structuredClone(parseCatalog(loadExampleData(name)).toJSON()) as CatalogDocument;
}

describe('06: ASU Earned Admission through Universal Learner Courses', () => {
  const { admitted, under22, short, degree } = asuEarnedAdmissionExample();

  it('admits a learner of 22 or older with 13 credit hours, each C or better, at a 3.00 GPA (threshold 12 hours, 2.75)', () => {
    expect(admitted.satisfied).toBe(true);
    expect(admitted.totals.credits).toMatchObject({ applied: 13, required: 12, remaining: 0 });
    expect(node(admitted, 'ulc-12').applied.map((a) => a.achievement)).toEqual(['u-ast', 'u-civ', 'u-hum', 'u-mat']);
    expect(admitted.unused).toEqual([]);
  });

  it('the admitted learner\'s GPA over the four courses is the credit-weighted 3.00: a bar of 3.01 would turn it away', () => {
    const doc = catalogDoc('asu-earned-admission.yaml');
    const admission = doc.units.find((u) => u.id === 'asu-earned-admission-22-plus')!;
    admission.requirements = { ...admission.requirements!, minGpa: 3.01 };
    const higher = audit(parseCatalog(doc), loadExampleData('learner-asu-admitted.yaml'), 'asu-earned-admission-22-plus', { asOf: ASU_AS_OF });
    expect(higher.satisfied).toBe(false);
    expect(node(higher, 'ulc-12').reasons.map((r) => [r.code, r.message])).toEqual([['gpa_too_low', 'GPA 3 is below 3.01']]);
  });

  it('the same record is 11 credit hours short of the 24 asked of learners under 22', () => {
    expect(under22.satisfied).toBe(false);
    expect(under22.totals.credits).toMatchObject({ applied: 13, required: 24, remaining: 11 });
    expect(node(under22, 'ulc-24').reasons.map((r) => r.code)).toEqual(['need_credits']);
  });

  it('misses by one grade: 13 credit hours at 2.69, and the D cannot count toward the C bar', () => {
    expect(short.satisfied).toBe(false);
    const ulc = node(short, 'ulc-12');
    expect(ulc.progress.credits).toEqual({ applied: 13, needed: 12 });
    expect(ulc.reasons.map((r) => r.code)).toEqual(['gpa_too_low']);
    expect(ulc.reasons[0]?.message).toContain('2.693');
    expect(unusedCodes(short, 'j-eng')).toEqual(['grade_below_minimum']);
    expect(short.unused[0]?.reasons[0]?.requirement).toBe('ulc-12');
  });

  it('one grade better (a B for the B- in MAT 117) earns admission: 36 / 13 = 2.77', () => {
    const record = parseYaml(loadExampleData('learner-asu-short.yaml')) as { achievements: { id: string; grade: { value: string } }[] };
    record.achievements.find((a) => a.id === 'j-mat')!.grade.value = 'B';
    const catalog = parseCatalog(loadExampleData('asu-earned-admission.yaml'));
    expect(audit(catalog, record, 'asu-earned-admission-22-plus', { asOf: ASU_AS_OF }).satisfied).toBe(true);
  });

  it('the admitted learner\'s 13 credit hours count toward the 120 of a bachelor\'s degree, all of them General Studies', () => {
    expect(degree.satisfied).toBe(false);
    expect(degree.totals.credits).toMatchObject({ applied: 13, required: 120, remaining: 107 });
    expect(node(degree, 'general-studies').progress.credits).toEqual({ applied: 13, needed: 29 });
    expect(node(degree, 'upper-division').status).toBe('unmet');
    expect(degree.policies).toEqual([expect.objectContaining({ policy: 'totalCredits', met: false })]);
  });
});

describe('07: European micro-credentials toward a postgraduate certificate with a cap on recognised learning', () => {
  const { result, missing } = euMicrocredentialsExample();

  it('finds every mandatory EU element on three micro-credentials and quality assurance missing on one', () => {
    expect(Object.keys(missing).sort()).toEqual(['mc-ai-ethics', 'mc-data-governance', 'mc-open-data', 'mc-process-analytics']);
    expect(missing['mc-data-governance']).toEqual([]);
    expect(missing['mc-ai-ethics']!.map((m) => [m.element, m.path])).toEqual([['quality-assurance', ['microcredential', 'qualityAssurance']]]);
  });

  it('counts three micro-credentials to the 15-ECTS cap, leaves the fourth out, and adds the local module: 22.5 of 30 ECTS', () => {
    expect(result.satisfied).toBe(false);
    expect(result.totals.credits).toMatchObject({ applied: 22.5, required: 30, remaining: 7.5 });
    const applied = node(result, 'pgcert').applied;
    const recognised = applied.filter((a) => a.provenance.kind === 'recognized');
    expect(recognised.map((a) => [a.provenance.kind === 'recognized' && a.provenance.from, a.credits])).toEqual([
      ['m-gov', 5],
      ['m-ethics', 5],
      ['m-process', 5],
    ]);
    expect(applied.find((a) => a.achievement === 'm-pgc1')).toMatchObject({ credits: 7.5, approximate: false, provenance: { kind: 'direct' } });
    expect(unusedCodes(result, 'm-open')).toEqual(['recognition_cap']);
    expect(result.policies.map((p) => [p.policy, p.met])).toEqual([
      ['totalCredits', false],
      ['maxRecognized', true],
    ]);
  });

  it('the cap binds: without it the same record would count 27.5 ECTS', () => {
    const doc = catalogDoc('eu-microcredentials-pgcert.yaml');
    const pgcert = doc.units.find((u) => u.id === 'le-pgcert-data')!;
    pgcert.policies = { creditSystem: 'ects', totalCredits: 30 };
    const uncapped = audit(parseCatalog(doc), loadExampleData('learner-eu-microcredentials.yaml'), 'le-pgcert-data', { asOf: '2026-06-30' });
    expect(uncapped.totals.credits.applied).toBe(27.5);
    expect(uncapped.unused).toEqual([]);
  });
});

describe('08: Google Career Certificates recognised for credit on ACE\'s recommendation', () => {
  const result = googleAceCreditExample();

  it('grants 12 semester hours for each verified, recent certificate: 24 of 36 elective hours, 24 of 120', () => {
    expect(result.satisfied).toBe(false);
    expect(result.totals.credits).toMatchObject({ applied: 24, required: 120, remaining: 96 });
    const electives = node(result, 'electives');
    expect(electives.progress.credits).toEqual({ applied: 24, needed: 36 });
    expect(electives.applied.map((a) => [a.achievement, a.credits, a.provenance])).toEqual([
      ['esu-ace-google:g-ux', 12, { kind: 'recognized', recognition: 'esu-ace-google', from: 'g-ux' }],
      ['esu-ace-google:g-da', 12, { kind: 'recognized', recognition: 'esu-ace-google', from: 'g-da' }],
    ]);
    expect(node(result, 'major').status).toBe('unmet');
  });

  it('turns away a certificate earned outside the three-year window and one without its transcript, saying which condition', () => {
    expect(unusedCodes(result, 'g-it')).toEqual(['recognition_condition']);
    expect(result.unused.find((u) => u.achievement === 'g-it')!.reasons[0]!.message).toContain('within P3Y');
    expect(unusedCodes(result, 'g-pm')).toEqual(['recognition_condition']);
    expect(result.unused.find((u) => u.achievement === 'g-pm')!.reasons[0]!.message).toContain('verified');
  });

  it('the window moves with the audit date: as of 2025-05-01 the IT Support certificate is recent enough and the electives are met', () => {
    const earlier = audit(parseCatalog(loadExampleData('google-ace-credit.yaml')), loadExampleData('learner-google-certificates.yaml'), 'esu-bs-business', { asOf: '2025-05-01' });
    expect(node(earlier, 'electives').status).toBe('satisfied');
    expect(earlier.totals.credits.applied).toBe(36);
    expect(unusedCodes(earlier, 'g-pm')).toEqual(['earned_after_as_of']);
  });
});

describe('09: a recognition that asks for an issuer accredited by a consortium on the day', () => {
  const result = issuerAccreditationExample();

  it('counts the micro-credential earned after the platform joined the framework, not the one earned before', () => {
    expect(result.totals.credits).toMatchObject({ applied: 10, required: 180, remaining: 170 });
    expect(node(result, 'electives').applied.map((a) => [a.achievement, a.credits])).toEqual([['exu-cmf:f-lead', 10]]);
    const refused = result.unused.find((u) => u.achievement === 'f-data')!;
    expect(refused.reasons.map((r) => [r.code, r.recognition])).toEqual([['recognition_condition', 'exu-cmf']]);
    expect(refused.reasons[0]!.message).toContain('accredited by "emc" on the day it was earned (2018-11-16)');
  });

  it('the accreditation date decides: had it started in 2018, both would count', () => {
    const doc = catalogDoc('emc-cmf.yaml');
    doc.organisations!.find((o) => o.id === 'futurelearn')!.accreditations = [{ by: 'emc', from: '2018-01-01' }];
    const both = audit(parseCatalog(doc), loadExampleData('learner-cmf.yaml'), 'exu-msc', { asOf: '2026-06-30' });
    expect(both.totals.credits.applied).toBe(20);
    expect(both.unused).toEqual([]);
  });
});

describe('10: an Open Badge imported with its catalog parts and counted', () => {
  const BADGE_UNIT = 'urn:uuid:5300c688-6bfc-498a-a976-230af55b5ca6';
  const BADGE = 'urn:uuid:00a0d11e-3749-4ee3-9b44-230c1774d387';

  it('imports the badge: a 5-ECTS micro-credential unit with its ESCO skills, unverified and expiring at the end of 2026', async () => {
    const { imported, warnings } = await openBadgeExample();
    expect(imported.catalog!.units).toHaveLength(1);
    expect(imported.catalog!.units[0]).toMatchObject({
      id: BADGE_UNIT,
      kind: 'micro-credential',
      title: 'Data Science Fundamentals',
      credits: { value: 5, system: 'ects' },
      competencies: ['Develop test procedures', 'Analyse test data'],
    });
    expect(imported.catalog!.organisations!.map((o) => o.name)).toEqual(['NETIS d.o.o.']);
    expect(imported.record.achievements[0]).toMatchObject({ id: BADGE, unit: BADGE_UNIT, earnedOn: '2026-01-12', expiresOn: '2026-12-31' });
    expect(imported.record.achievements[0]).not.toHaveProperty('verified');
    expect(warnings.map((w) => [w.code, w.path])).toEqual([['unverified', []]]);
  });

  it('counts it as the introductory module while valid (10 of 15 ECTS), and not after it expired (5 of 15)', async () => {
    const { counted, expired } = await openBadgeExample();
    expect(counted.totals.credits).toMatchObject({ applied: 10, required: 15, remaining: 5 });
    expect(node(counted, 'intro').applied).toEqual([
      expect.objectContaining({ achievement: `ds-badge-intro:${BADGE}:ds-intro`, unit: 'ds-intro', credits: 5, provenance: { kind: 'recognized', recognition: 'ds-badge-intro', from: BADGE } }),
    ]);
    expect(counted.unused).toEqual([]);
    expect(expired.totals.credits).toMatchObject({ applied: 5, required: 15, remaining: 10 });
    expect(node(expired, 'intro').status).toBe('unmet');
    expect(unusedCodes(expired, BADGE)).toEqual(['expired']);
  });
});

describe('examples 06 to 10 as scripts', () => {
  it('each runs and prints its report', () => {
    for (const file of ['06-asu-earned-admission.ts', '07-eu-microcredentials-cap.ts', '08-google-ace-credit.ts', '09-issuer-accreditation.ts', '10-open-badge-import.ts']) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', `examples/${file}`], { encoding: 'utf8' });
      expect(out).toContain('Status:');
    }
  }, 60_000);
});
