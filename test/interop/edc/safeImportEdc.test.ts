import { describe, expect, it } from 'vitest';
import { safeImportEdc } from '../../../src/interop/edc/safeImportEdc.js';
import type { EdcImport } from '../../../src/interop/edc/EdcImport.js';
import { safeParseCatalog } from '../../../src/catalog/safeParseCatalog.js';
import { safeParseRecord } from '../../../src/record/safeParseRecord.js';
import { missingMicrocredentialElements } from '../../../src/microcredential/missingMicrocredentialElements.js';
import { EDC_TEXT, edcSample, smallEdc } from './edcFixture.js';

const ORG = 'urn:epass:org:f6f81089-f4e3-4513-8fd5-d1a4eb69b4bd';
const CLAIM = ['credentialSubject', 'hasClaim'];

function imported(input: unknown, options = {}): { data: EdcImport; warnings: readonly { code: string; path: readonly (string | number)[] }[] } {
  const result = safeImportEdc(input, options);
  if (!result.success) throw new Error(JSON.stringify(result.issues, null, 2));
  return result;
}

describe('safeImportEdc on the European Digital Credential sample', () => {
  const { data, warnings } = imported(edcSample(), { gradeScale: 'si-20' });
  const unit = data.catalog.units[0]!;
  const achievement = data.record.achievements[0]!;

  it('reads the awarding body as an organisation with its country', () => {
    expect(data.catalog.organisations.map(({ extensions: _, ...o }) => o)).toEqual([{ id: ORG, name: 'NETIS d.o.o.', country: 'SI' }]);
  });

  it('reads the specification as a micro-credential unit carrying the EU elements', () => {
    expect(unit).toMatchObject({
      id: 'urn:epass:qualification:1',
      kind: 'micro-credential',
      title: 'Title of the Qualification',
      provider: ORG,
      credits: { value: 5, system: 'ects' },
      workload: { hours: 45 },
      level: { framework: 'EQF', value: 6 },
      offering: { mode: 'online' },
      externalIds: [{ scheme: 'edc', id: 'urn:epass:qualification:1' }],
      competencies: ['Game theory', 'Rear game', 'Manage frustration', 'Blow moulding machine parts'],
    });
    expect(unit.microcredential?.learningOutcomes?.map((o) => o.title)).toEqual(['Example of learning outcome', 'Example of learning second outcome']);
    expect(unit.microcredential?.learningOutcomes?.[1]?.skills?.[0]).toEqual({ label: 'Manage frustration', id: 'urn:epass:relatedESCOSkill:Dl4Gfzer', framework: 'ESCO' });
    expect(unit.microcredential?.assessment).toEqual({ type: 'Graded exercises', description: 'Written Exam', mode: 'online', supervised: true, identityVerified: true });
  });

  it("reads the learner's achievement: earned on the assessment's day, graded, with ECTS credits and the awarding body as issuer, unverified", () => {
    const { extensions: _, ...plain } = achievement;
    expect(plain).toEqual({
      id: 'urn:credential:92cdd79b-fd53-4ad4-90e8-20db7e1b4675',
      unit: 'urn:epass:qualification:1',
      status: 'completed',
      earnedOn: '2025-11-05',
      grade: { scale: 'si-20', value: 19 },
      credits: { value: 5, system: 'ects' },
      issuer: ORG,
    });
    expect(data.record.learner).toEqual({ id: 'urn:epass:person:1', name: 'Joe Doe' });
  });

  it('says what it assumed and that the proof was not checked', () => {
    expect(warnings.map((w) => [w.code, w.path])).toEqual([
      ['assumed', [...CLAIM, 'provenBy', 'dateIssued']],
      ['unverified', []],
    ]);
  });

  it('gives documents that parse, the record against the catalog too, without warnings', () => {
    const catalog = safeParseCatalog({ ...data.catalog, gradeScales: [{ id: 'si-20', range: { min: 0, max: 20 }, passing: 10 }] });
    expect(catalog.success ? [] : catalog.issues).toEqual([]);
    if (!catalog.success) return;
    const record = safeParseRecord(data.record, { catalog: catalog.data });
    expect(record.success ? record.warnings : record.issues).toEqual([]);
  });

  it('gives a unit that lacks only the type of quality assurance, which the sample does not carry', () => {
    expect(EDC_TEXT).not.toMatch(/accreditation|qualityAssurance/i);
    expect(missingMicrocredentialElements(unit, data.catalog.organisations).map((m) => m.element)).toEqual(['quality-assurance']);
  });

  it('keeps the grade in extensions, with a warning, when no grade scale is named', () => {
    const other = imported(edcSample());
    expect(other.data.record.achievements[0]!.grade).toBeUndefined();
    expect(other.warnings).toContainEqual(expect.objectContaining({ code: 'unmapped', path: [...CLAIM, 'provenBy', 'grade'] }));
  });

  it('records a verification the caller made, and then does not warn', () => {
    const other = imported(edcSample(), { verified: { method: 'jades', by: 'registrar' } });
    expect(other.data.record.achievements[0]!.verified).toEqual({ method: 'jades', by: 'registrar' });
    expect(other.warnings.map((w) => w.code)).not.toContain('unverified');
  });

  it('is lossless: the credential can be put back together from what was mapped and extensions.edc', () => {
    expect(rebuild(data)).toEqual(edcSample());
    expect(rebuild(imported(smallEdc()).data)).toEqual(smallEdc());
  });

  it('reads JSON text as well, and leaves its input as it was', () => {
    const input = edcSample();
    const frozen = structuredClone(input);
    expect(imported(EDC_TEXT).data).toEqual(imported(input).data);
    expect(input).toEqual(frozen);
  });
});

describe('safeImportEdc tolerates what publishers write', () => {
  it('reads single items and plain strings', () => {
    const { data, warnings } = imported(smallEdc());
    const unit = data.catalog.units[0]!;
    expect(unit).toMatchObject({
      id: 'urn:spec:short', title: 'Data Literacy', credits: { value: 3, system: 'ects' }, workload: { hours: 75 },
      level: { framework: 'EQF', value: 5 }, offering: { mode: 'blended' },
      microcredential: {
        learningOutcomes: [{ title: 'Read a chart critically' }],
        assessment: { type: 'Project', description: 'Final project', supervised: false, identityVerified: false },
        qualityAssurance: [{ type: 'Programme accreditation', description: 'Accredited by the national agency' }],
      },
    });
    expect(data.catalog.organisations[0]).toMatchObject({ id: 'urn:org:uni', name: 'Example University', country: 'DE' });
    expect(data.record.achievements[0]).toMatchObject({ earnedOn: '2025-02-20', issuer: 'urn:org:uni' });
    expect(warnings.map((w) => w.code)).toEqual(['unmapped', 'unverified']); // the grade, without a scale
    expect(missingMicrocredentialElements(unit, data.catalog.organisations)).toEqual([]);
  });

  it('reads lists where single items were, and the asked language of a language map', () => {
    const credential = smallEdc();
    const claim = credential['credentialSubject'].hasClaim;
    claim.specifiedBy.title = { de: 'Datenkompetenz', en: 'Data Literacy' };
    claim.specifiedBy.learningOutcome = [claim.specifiedBy.learningOutcome, { title: { de: 'Daten prüfen', en: 'Check data' } }];
    claim.specifiedBy.creditPoint = [{ framework: { prefLabel: 'US credit' }, point: '2' }, claim.specifiedBy.creditPoint];
    credential['credentialSubject'].hasClaim = [claim];
    const { data, warnings } = imported(credential, { language: 'de' });
    const unit = data.catalog.units[0]!;
    expect(unit.title).toBe('Datenkompetenz');
    expect(unit.credits).toEqual({ value: 3, system: 'ects' });
    expect(unit.microcredential?.learningOutcomes?.map((o) => o.title)).toEqual(['Read a chart critically', 'Daten prüfen']);
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'unmapped', path: [...CLAIM, 0, 'specifiedBy', 'creditPoint', 0] }));
    expect((unit.extensions?.['edc'] as Record<string, unknown>)['title']).toEqual({ de: 'Datenkompetenz', en: 'Data Literacy' });
  });

  it('imports each LearningAchievement claim of a credential, and keeps the other claims', () => {
    const credential = smallEdc();
    const first = credential['credentialSubject'].hasClaim;
    const second = structuredClone(first);
    second.id = 'urn:claim:2';
    second.specifiedBy.id = 'urn:spec:other';
    credential['credentialSubject'].hasClaim = [first, { id: 'urn:activity', type: 'LearningActivity' }, second];
    const { data, warnings } = imported(credential);
    expect(data.catalog.units.map((u) => u.id)).toEqual(['urn:spec:short', 'urn:spec:other']);
    expect(data.catalog.organisations).toHaveLength(1);
    expect(data.record.achievements.map((a) => a.id)).toEqual(['urn:credential:small#urn:claim:1', 'urn:credential:small#urn:claim:2']);
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'unmapped', path: [...CLAIM, 1] }));
  });

  it("takes the credential's issuer as awarding body when the claim names none, and says so", () => {
    const credential = smallEdc();
    delete credential['credentialSubject'].hasClaim.awardedBy;
    credential['issuer'] = { id: 'urn:org:issuer', legalName: { en: 'Issuer' } };
    const { data, warnings } = imported(credential);
    expect(data.catalog.units[0]!.provider).toBe('urn:org:issuer');
    expect(data.record.achievements[0]!.earnedOn).toBe('2025-03-01');
    expect(warnings.map((w) => w.code)).toEqual(['assumed', 'assumed', 'unmapped', 'unverified']);
  });
});

/** A one-claim credential from its import: extensions.edc, with what was mapped exactly put back. */
function rebuild(data: EdcImport): Record<string, any> {
  const ext = (o: { extensions?: Record<string, unknown> }): Record<string, any> => structuredClone(o.extensions?.['edc'] ?? {}) as Record<string, any>;
  const [unit, organisation, achievement, learner] = [data.catalog.units[0]!, data.catalog.organisations[0]!, data.record.achievements[0]!, data.record.learner!];
  const credential: Record<string, any> = { id: achievement.id, ...ext(achievement) };
  const subject = credential['credentialSubject'];
  subject.id ??= learner.id;
  if (learner.name !== undefined) subject.fullName ??= learner.name;
  const spec: Record<string, any> = { id: unit.id, title: unit.title, ...ext(unit) };
  if (unit.description !== undefined) spec['description'] ??= unit.description;
  if (unit.workload !== undefined) spec['volumeOfLearning'] ??= `PT${unit.workload.hours}H`;
  subject.hasClaim.specifiedBy = spec;
  subject.hasClaim.awardedBy.awardingBody = { id: organisation.id, legalName: organisation.name, ...ext(organisation) };
  return credential;
}
