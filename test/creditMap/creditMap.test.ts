import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCatalog, creditMap, safeCreditMap, CredstackError, audit } from '../../src/index.js';
import type { CatalogDocument } from '../../src/model/catalogDocument.js';
import type { CreditMapEntry } from '../../src/creditMap/CreditMapEntry.js';
import { compareEntries } from '../../src/creditMap/compareEntries.js';

const SCM = parseCatalog(readFileSync(fileURLToPath(new URL('../../examples/data/scm-catalog.yaml', import.meta.url)), 'utf8'));

function find(entries: readonly CreditMapEntry[], credential: string, program: string): CreditMapEntry[] {
  return entries.filter((e) => e.credential === credential && e.program === program);
}

describe('creditMap on the MIT SCM catalog', () => {
  const map = creditMap(SCM, { asOf: '2024-06-30' });

  it('the MicroMasters counts toward MIT\'s blended master\'s through its recognition, as the online semester, for 42 MIT units', () => {
    const [entry, ...rest] = find(map.entries, 'mitx-scm-micromasters', 'mit-scmb');
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ route: 'recognized', recognition: 'mit-scmb-pathway', alone: true, credits: 42, creditSystem: 'mit-unit', countsAs: ['mit-scmb-online-semester'], requirements: ['online-semester'] });
    expect(entry!.conditions).toEqual([{ kind: 'verified', source: { kind: 'recognition', id: 'mit-scmb-pathway' } }]);
  });

  it('and toward Harvard Extension\'s ALM for 16 credits, as the audit of the demo learner counts it', () => {
    const [entry] = find(map.entries, 'mitx-scm-micromasters', 'hes-almm');
    expect(entry).toMatchObject({ route: 'recognized', recognition: 'hes-scm-pathway', credits: 16, creditSystem: 'us-semester', requirements: ['courses'] });
    const learner = readFileSync(fileURLToPath(new URL('../../examples/data/learner-scm.yaml', import.meta.url)), 'utf8');
    expect(audit(SCM, learner, 'hes-almm', { asOf: '2024-06-30' }).totals.credits.applied).toBe(entry!.credits);
    expect(audit(SCM, learner, 'mit-scmb', { asOf: '2024-06-30' }).totals.credits.applied).toBe(42);
  });

  it('each course of the MicroMasters counts only stacked, with the other parts, under the stack\'s grade and verification bars', () => {
    for (const course of ['SC0x', 'SC1x', 'SC2x', 'SC3x', 'SC4x', 'SCMx-CFx']) {
      const entries = find(map.entries, course, 'mit-scmb');
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ route: 'stacked', stack: ['mitx-scm-micromasters'], alone: false, recognition: 'mit-scmb-pathway', credits: 42 });
      expect(entries[0]!.conditions).toContainEqual({ kind: 'minGrade', scale: 'percent', grade: 60, source: { kind: 'requirement', id: 'scm-micromasters', unit: 'mitx-scm-micromasters' } });
      expect(entries[0]!.conditions).toContainEqual({ kind: 'verified', source: { kind: 'requirement', id: 'scm-micromasters', unit: 'mitx-scm-micromasters' } });
    }
  });

  it('local courses count directly; the on-campus capstone also meets the overlay', () => {
    expect(find(map.entries, 'hes-mgmt-e100', 'hes-almm')).toMatchObject([{ route: 'direct', credits: 4, countsAs: ['hes-mgmt-e100'], requirements: ['courses'] }]);
    expect(find(map.entries, 'hes-mgmt-s170', 'hes-almm')).toMatchObject([{ route: 'direct', credits: 4, requirements: ['courses', 'on-campus'] }]);
    expect(find(map.entries, 'mit-scm-residence', 'mit-scmb')).toMatchObject([{ route: 'direct', credits: 48 }]);
    expect(find(map.entries, 'mit-scm-residence', 'hes-almm')).toEqual([]);
  });

  it('lists entries in the canonical order, programs and credentials in id order', () => {
    expect([...map.entries].sort(compareEntries)).toEqual(map.entries);
    expect(map.programs.map((p) => p.id)).toEqual(['hes-almm', 'mit-scm', 'mit-scmb']);
    expect(map.credentials.map((c) => c.id)).toEqual([...map.credentials.map((c) => c.id)].sort());
    expect(map.asOf).toBe('2024-06-30');
  });

  it('maps only the programs and credentials asked for', () => {
    const only = creditMap(SCM, { programs: ['mit-scmb'], credentials: ['mitx-scm-micromasters', 'SC0x'] });
    expect(only.programs.map((p) => p.id)).toEqual(['mit-scmb']);
    expect(only.entries.map((e) => `${e.credential} ${e.route}`)).toEqual(['SC0x stacked', 'mitx-scm-micromasters recognized']);
  });
});

const org = (id: string, extra: object = {}) => ({ id, name: id, kind: 'university' as const, ...extra });

/** A small catalog: badges recognised by a university's program, with dates, a condition and a cap. */
function badgeCatalog(recognition: object, policies: object = {}): CatalogDocument {
  return {
    organisations: [org('uni'), org('emc', { kind: 'consortium' }), org('mooc', { kind: 'platform', accreditations: [{ by: 'emc', from: '2021-01-01', until: '2022-12-31' }] })],
    gradeScales: [{ id: 'letter', grades: [{ grade: 'A', points: 4 }, { grade: 'B', points: 3 }, { grade: 'C', points: 2 }], passing: 'C' }],
    units: [
      { id: 'BADGE', kind: 'badge', title: 'Analytics badge', provider: 'mooc' },
      { id: 'LOCAL', kind: 'course', title: 'Local course', provider: 'uni', credits: { value: 4, system: 'us-semester' }, tags: ['elective'] },
      {
        id: 'DEG', kind: 'degree', title: 'Degree', provider: 'uni',
        policies: { creditSystem: 'us-semester', ...policies },
        requirements: { id: 'electives', select: { tags: { any: ['elective'] } }, min: { credits: 12 } },
      },
    ],
    recognitions: [{ id: 'r', institution: 'uni', program: 'DEG', from: { ids: ['BADGE'] }, grants: { credits: { value: 6, system: 'us-semester' }, tags: ['elective'] }, ...recognition }],
  } as CatalogDocument;
}

describe('creditMap on small catalogs', () => {
  it('takes a credential earned while the agreement was in force: the latest such day up to asOf', () => {
    const map = creditMap(parseCatalog(badgeCatalog({ validFrom: '2020-01-01', validUntil: '2021-06-30' })), { asOf: '2024-06-30' });
    const [entry] = find(map.entries, 'BADGE', 'DEG');
    expect(entry).toMatchObject({ route: 'recognized', credits: 6, assumed: { earnedOn: '2021-06-30', asOf: '2024-06-30' } });
    expect(entry!.conditions).toContainEqual({ kind: 'inForce', from: '2020-01-01', until: '2021-06-30', source: { kind: 'recognition', id: 'r' } });
  });

  it('leaves out an agreement that comes into force after asOf', () => {
    const map = creditMap(parseCatalog(badgeCatalog({ validFrom: '2025-01-01' })), { asOf: '2024-06-30' });
    expect(find(map.entries, 'BADGE', 'DEG')).toEqual([]);
  });

  it('counts a grant as far as the agreement\'s cap and the program\'s maxRecognized allow, and says so', () => {
    const map = creditMap(parseCatalog(badgeCatalog({ limits: { credits: 8 } }, { maxRecognized: { credits: 4 } })), { asOf: '2024-06-30' });
    const [entry] = find(map.entries, 'BADGE', 'DEG');
    const result = audit(parseCatalog(badgeCatalog({ limits: { credits: 8 } }, { maxRecognized: { credits: 4 } })), { achievements: [{ id: 'a', unit: 'BADGE', earnedOn: '2024-06-30' }] }, 'DEG', { asOf: '2024-06-30' });
    expect(entry?.credits).toBe(result.totals.credits.applied);
    expect(entry!.conditions).toContainEqual({ kind: 'recognitionLimit', credits: 8, source: { kind: 'recognition', id: 'r' } });
    expect(entry!.conditions).toContainEqual({ kind: 'maxRecognized', credits: 4, source: { kind: 'policy', id: 'maxRecognized', unit: 'DEG' } });
  });

  it('states the verification, grade and accreditation an agreement asks for, and earns the credential while the issuer was accredited', () => {
    const map = creditMap(parseCatalog(badgeCatalog({ conditions: { verified: true, minGrade: { scale: 'letter', grade: 'B' }, issuerAccreditedBy: 'emc' } })), { asOf: '2024-06-30' });
    const [entry] = find(map.entries, 'BADGE', 'DEG');
    expect(entry).toMatchObject({ credits: 6, assumed: { earnedOn: '2022-12-31', grade: { scale: 'letter', value: 'A' }, verified: true } });
    expect(entry!.conditions.map((c) => c.kind)).toEqual(['issuerAccreditedBy', 'verified', 'minGrade']);
  });

  it('a part that completes a composite alone counts stacked, alone', () => {
    const doc: CatalogDocument = {
      units: [
        { id: 'C1', kind: 'course', title: 'C1', credits: { value: 3, system: 'us-semester' } },
        { id: 'C2', kind: 'course', title: 'C2' },
        { id: 'CERT', kind: 'certificate', title: 'Either course', credits: { value: 6, system: 'us-semester' }, requirements: { any: [{ unit: 'C1' }, { unit: 'C2' }] } },
        { id: 'DEG', kind: 'degree', title: 'Degree', policies: { creditSystem: 'us-semester' }, requirements: { id: 'cert', unit: 'CERT' } },
      ],
    } as CatalogDocument;
    const map = creditMap(parseCatalog(doc), { programs: ['DEG'] });
    expect(find(map.entries, 'C2', 'DEG')).toMatchObject([{ route: 'stacked', stack: ['CERT'], alone: true, credits: 6, countsAs: ['CERT'] }]);
    expect(find(map.entries, 'CERT', 'DEG')).toMatchObject([{ route: 'direct', credits: 6 }]);
  });
});

describe('bad options', () => {
  it('an unknown program is an issue at its place, never a crash', () => {
    const outcome = safeCreditMap(SCM, { programs: ['mit-scmb', 'mit-scmx'] });
    expect(outcome.success).toBe(false);
    if (outcome.success) return;
    expect(outcome.issues).toMatchObject([{ code: 'unknown_reference', path: ['options', 'programs', 1] }]);
    expect(outcome.issues[0]!.message).toContain('mit-scmx');
  });

  it('a unit without requirements is not a program; an unknown credential is an issue too', () => {
    const outcome = safeCreditMap(SCM, { programs: ['SC0x'], credentials: ['nope'] });
    expect(outcome.success ? [] : outcome.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_value', ['options', 'programs', 0]],
      ['unknown_reference', ['options', 'credentials', 0]],
    ]);
  });

  it('a bad date, an unknown option or a catalog that is not one are issues with a path', () => {
    expect(safeCreditMap(SCM, { asOf: '2024-02-30' })).toMatchObject({ success: false, issues: [{ path: ['options', 'asOf'] }] });
    expect(safeCreditMap(SCM, { program: ['x'] } as never)).toMatchObject({ success: false, issues: [{ code: 'unknown_field' }] });
    expect(safeCreditMap({} as never)).toMatchObject({ success: false, issues: [{ code: 'invalid_type', path: ['catalog'] }] });
    expect(safeCreditMap(SCM, null as never).success).toBe(false);
  });

  it('creditMap throws a CredstackError with the issues', () => {
    expect(() => creditMap(SCM, { programs: ['mit-scmx'] })).toThrow(CredstackError);
  });
});
