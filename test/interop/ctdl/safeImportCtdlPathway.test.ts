import { describe, expect, it } from 'vitest';
import { safeImportCtdlPathway } from '../../../src/interop/ctdl/safeImportCtdlPathway.js';
import { importCtdlPathway } from '../../../src/interop/ctdl/importCtdlPathway.js';
import { safeParseCatalog } from '../../../src/catalog/safeParseCatalog.js';
import type { CtdlImport } from '../../../src/interop/ctdl/CtdlImport.js';
import type { Issue } from '../../../src/issues/Issue.js';
import { fixture } from './fixtures.js';

const CTDL_CONTEXT = 'https://credreg.net/ctdl/schema/context/json';

function imported(input: unknown, options = {}): { data: CtdlImport; warnings: readonly Issue[] } {
  const result = safeImportCtdlPathway(input, options);
  if (!result.success) throw new Error(JSON.stringify(result.issues, null, 1));
  return { data: result.data, warnings: result.warnings };
}

const unit = (data: CtdlImport, id: string) => data.units.find((u) => u.id === id);
const hasWarning = (warnings: readonly Issue[], code: string, text: RegExp) => warnings.some((w) => w.code === code && text.test(w.message));

describe('importing published pathways', () => {
  it("reads Credential Engine's pathway-conditions draft: nested conditions, OR, the reqNum operands", () => {
    const { data, warnings } = imported(fixture('ce-pathway-conditions-draft.json'));
    const base = 'http://example.edu/';
    expect(data.units).toHaveLength(6);
    const program = data.units[0]!;
    expect(program.id).toBe(`${base}a7f231f4-21cb-4ba3-8c03-4f7a5f67781c`);
    expect(program.kind).toBe('certificate');
    expect(program.requirements).toEqual({ unit: `${base}ec05c0e5-3215-4707-a58e-2123d35ffd38` });
    const [a, b, c, d] = ['2a45a345-8431-4a01-b645-a103d0d40ab', 'e752fe59-4cc3-402a-8c2d-b2cc51e5dee', '051a2f7a-ab1c-491a-8d97-abb4a4d83915', '4fec78ed-f39f-4a63-b495-a15d40583b41'].map((x) => base + x) as [string, string, string, string];
    const assessment = unit(data, `${base}ec05c0e5-3215-4707-a58e-2123d35ffd38`)!;
    expect(assessment.kind).toBe('assessment');
    expect(assessment.prerequisites).toEqual({ any: [{ atLeast: 2, of: [{ unit: b }, { unit: c }, { unit: d }] }, { unit: a }] });
    expect(unit(data, a)).toMatchObject({ kind: 'course', title: 'Course A', prerequisites: { atLeast: 2, of: [{ unit: b }, { unit: c }, { unit: d }] } });
    expect([b, c, d].map((id) => unit(data, id)?.title)).toEqual(['Course B', 'Course C', 'Course D']);
    expect(hasWarning(warnings, 'assumed', /imported as a certificate/)).toBe(true);
    expect(safeParseCatalog({ ...data }).success).toBe(true);
  });

  it("reads the Registry Assistant's pathway sample: hasChild at the root, a selection component, no rule on the destination", () => {
    const { data, warnings } = imported(fixture('ce-registry-assistant-biotech.json'));
    expect(data.units.map((u) => u.id)).toEqual([
      'ce-8b1f6a4e-3f34-4d21-9d6c-2c4f0f6f2c11',
      'ce-1f8d3d06-3953-4bd8-8750-7dc5e9a062eb',
      'ce-e1d14d25-f9cf-45e9-b625-ef79ed003f6b',
      'ce-39da55fa-140b-4c0a-92e2-c8e38e5f07f0',
      'ce-88d5a63d-4ca5-4689-bec1-55c88b6a5529',
    ]);
    const program = data.units[0]!;
    expect(program).toMatchObject({ kind: 'certificate', title: 'Associate Degree: Biotechnology Pathway', provider: 'ce-a588a18b-2616-4c74-bdcd-6507c0693d0e' });
    expect(program.externalIds).toEqual([{ scheme: 'ctid', id: 'ce-8b1f6a4e-3f34-4d21-9d6c-2c4f0f6f2c11' }]);
    expect(program.requirements).toEqual({
      all: [
        { unit: 'ce-1f8d3d06-3953-4bd8-8750-7dc5e9a062eb' },
        {
          title: 'Conditions for this SelectionComponent',
          atLeast: 2,
          of: [{ unit: 'ce-e1d14d25-f9cf-45e9-b625-ef79ed003f6b' }, { unit: 'ce-39da55fa-140b-4c0a-92e2-c8e38e5f07f0' }, { unit: 'ce-88d5a63d-4ca5-4689-bec1-55c88b6a5529' }],
        },
      ],
    });
    expect(data.units[1]!.kind).toBe('assessment');
    expect(data.organisations).toEqual([{ id: 'ce-a588a18b-2616-4c74-bdcd-6507c0693d0e', name: 'ce-a588a18b-2616-4c74-bdcd-6507c0693d0e' }]);
    expect(hasWarning(warnings, 'assumed', /every component nothing else leads to/)).toBe(true);
    expect(hasWarning(warnings, 'assumed', /destination is a badge/)).toBe(true);
  });

  it('keeps what it does not map in extensions.ctdl, losslessly', () => {
    const { data } = imported(fixture('ce-registry-assistant-biotech.json'));
    const ctdl = data.units[0]!.extensions?.['ctdl'] as Record<string, Record<string, unknown>>;
    expect(ctdl['pathway']!['ceterms:subjectWebpage']).toBe('https://example.org/pathway/1234');
    expect(ctdl['destination']!['ceterms:credentialType']).toBe('ceterms:DigitalBadge');
    const notes = ctdl['conditions'] as unknown as { component?: Record<string, unknown> }[];
    expect(notes.some((n) => n.component?.['ceterms:componentCategory'] !== undefined)).toBe(true);
    const assessment = (data.units[1]!.extensions?.['ctdl'] as Record<string, Record<string, unknown>>)['node']!;
    expect(assessment['ceterms:programTerm']).toEqual({ 'en-US': '1st Term' });
  });
});

describe('importing what publishers emit', () => {
  const quirks = () => imported(fixture('quirks-graph.json'));

  it('reads an @graph with mixed prefixes, scalars for lists, texts and language maps', () => {
    const { data } = quirks();
    expect(data.units).toHaveLength(7);
    const program = data.units[0]!;
    expect(program).toMatchObject({ title: 'Certificate in Data Analytics', description: 'Two core courses and six credits of electives.', credits: { value: 12, system: 'us-semester' } });
    expect(unit(data, 'ce-11111111-2222-4333-8444-555555555512')).toMatchObject({ title: 'DA 102 Data Wrangling', credits: { value: 3, system: 'us-semester' } });
    expect(unit(data, 'ce-11111111-2222-4333-8444-555555555521')?.title).toBe('DA 201 Visualisation');
    expect(data.organisations).toEqual([expect.objectContaining({ id: 'ce-7d4e2f10-1a2b-4c3d-8e9f-0a1b2c3d4e5f', name: 'Example Community College' })]);
  });

  it('builds the tree: And of two conditions, requiredNumber given as text, a credit constraint', () => {
    const [da101, da102, da201, da202, intern] = ['11', '12', '21', '22', '23'].map((n) => ({ unit: `ce-11111111-2222-4333-8444-5555555555${n}` }));
    expect(quirks().data.units[0]!.requirements).toEqual({
      title: 'Core and electives',
      all: [
        { title: 'Core', all: [da101, da102] },
        { title: 'Electives', min: { credits: 6 }, atLeast: 0, of: [da201, da202, intern] },
      ],
    });
  });

  it('reads prerequisite, the misspelt preceeds, and credit units given as alignment objects, strings and ranges', () => {
    const { data, warnings } = quirks();
    expect(unit(data, 'ce-11111111-2222-4333-8444-555555555512')?.prerequisites).toEqual({ unit: 'ce-11111111-2222-4333-8444-555555555511' });
    expect(unit(data, 'ce-11111111-2222-4333-8444-555555555522')?.prerequisites).toEqual({ unit: 'ce-11111111-2222-4333-8444-555555555521' });
    expect(unit(data, 'ce-11111111-2222-4333-8444-555555555523')).toMatchObject({ kind: 'experience', credits: { value: 90, system: 'clock-hour' } });
    expect(hasWarning(warnings, 'assumed', /suggests .* read as a prerequisite/)).toBe(true);
    expect(hasWarning(warnings, 'assumed', /ContactHour was read as clock-hour/)).toBe(true);
    expect(hasWarning(warnings, 'assumed', /a range; its least, 90/)).toBe(true);
  });

  it('reads a transfer value in the graph as a recognition, with an inline source course', () => {
    const { data } = quirks();
    expect(data.recognitions).toEqual([
      expect.objectContaining({
        id: 'ce-99999999-8888-4777-8666-555555555501',
        title: 'Partner statistics toward DA 101',
        institution: 'ce-7d4e2f10-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
        from: { ids: ['ce-abababab-cdcd-4efe-8a8a-121212121212'] },
        grants: { units: ['ce-11111111-2222-4333-8444-555555555511'], credits: { value: 3, system: 'us-semester' } },
        validFrom: '2023-01-01',
        validUntil: '2027-12-31',
      }),
    ]);
    expect(unit(data, 'ce-abababab-cdcd-4efe-8a8a-121212121212')).toMatchObject({ kind: 'course', credits: { value: 4, system: 'us-quarter' } });
  });

  it('reads a plain object with its components inline, a selection component and a degree destination', () => {
    const { data, warnings } = imported(fixture('plain-object.json'));
    const program = data.units[0]!;
    expect(program).toMatchObject({ id: 'https://example.edu/pathways/bs-nursing', kind: 'degree', title: 'BS in Nursing', provider: 'https://example.edu/org' });
    const c = (id: string) => ({ unit: `https://example.edu/components/${id}` });
    expect(program.requirements).toEqual({
      all: [
        { all: [c('nur-101'), { any: [c('clinical-a'), c('clinical-b')] }] },
        { title: 'Licensure', any: [c('nclex'), c('rn-license')] },
      ],
    });
    expect(data.units.find((u) => u.id.endsWith('rn-license'))?.kind).toBe('certification');
    expect(data.organisations).toEqual([expect.objectContaining({ id: 'https://example.edu/org', name: 'Example University' })]);
    expect(hasWarning(warnings, 'assumed', /one of its children was taken as enough/)).toBe(true);
  });

  it('reads the language asked for, else one of the same primary language, else the first', () => {
    expect(imported(fixture('quirks-graph.json'), { language: 'es' }).data.units[0]!.title).toBe('Certificado en Análisis de Datos');
    expect(imported(fixture('plain-object.json'), { language: 'en-GB' }).data.units[0]!.title).toBe('BSc Nursing');
    expect(imported(fixture('plain-object.json'), { language: 'en-AU' }).data.units[0]!.title).toBe('BSc Nursing');
    expect(imported(fixture('plain-object.json'), { language: 'fr' }).data.units[0]!.title).toBe('BSc Nursing');
  });

  it('reads the same pathway from an @graph, a list of nodes and data already parsed', () => {
    const graph = JSON.parse(fixture('quirks-graph.json')) as { '@graph': unknown[] };
    const fromGraph = imported(graph).data;
    // The same parts, but for where each note says its condition was (the list has no @graph).
    const withoutNotes = (d: CtdlImport) => d.units.map(({ extensions: _e, ...u }) => u);
    expect(withoutNotes(imported(graph['@graph']).data)).toEqual(withoutNotes(fromGraph));
    expect(imported(JSON.stringify(graph)).data).toEqual(fromGraph);
    expect(imported({ '@context': CTDL_CONTEXT, '@graph': graph['@graph'] }).data).toEqual(fromGraph);
  });

  it('has a throwing form that returns the same parts', () => {
    expect(importCtdlPathway(fixture('plain-object.json'))).toEqual(imported(fixture('plain-object.json')).data);
  });

  it('returns parts that pass safeParseCatalog, and frozen', () => {
    for (const name of ['ce-pathway-conditions-draft.json', 'ce-registry-assistant-biotech.json', 'quirks-graph.json', 'plain-object.json']) {
      const { data } = imported(fixture(name));
      expect(safeParseCatalog({ ...data }).success).toBe(true);
      expect(Object.isFrozen(data.units[0])).toBe(true);
    }
  });
});
