import { describe, expect, it } from 'vitest';
import { safeImportCtdlPathway } from '../../../src/interop/ctdl/safeImportCtdlPathway.js';
import type { CtdlImport } from '../../../src/interop/ctdl/CtdlImport.js';
import type { Issue } from '../../../src/issues/Issue.js';
import { condition, course, pathwayDoc } from './documents.js';

function imported(doc: unknown, options = {}): { data: CtdlImport; warnings: readonly Issue[] } {
  const result = safeImportCtdlPathway(doc, options);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return { data: result.data, warnings: result.warnings };
}
const unit = (data: CtdlImport, id: string) => data.units.find((u) => u.id === id);
const graphOf = (doc: Record<string, unknown>) => doc['@graph'] as Record<string, unknown>[];

describe('tolerating what publishers emit', () => {
  it('merges ceasn:, ceterms:, bare and purl.org keys of one term', () => {
    const doc = pathwayDoc(condition(['C1']), {
      nodes: [],
    });
    graphOf(doc)[2] = { '@id': '_:C1', type: 'CourseComponent', 'ceasn:name': 'Named in ceasn', 'https://purl.org/ctdl/terms/description': 'Described by URI' };
    expect(unit(imported(doc).data, 'C1')).toMatchObject({ kind: 'course', title: 'Named in ceasn', description: 'Described by URI' });
  });

  it('takes hasChild at the root for hasPart', () => {
    const doc = pathwayDoc(condition(['C1']));
    const pathway = graphOf(doc)[0]!;
    pathway['ceasn:hasChild'] = pathway['ceterms:hasPart'];
    delete pathway['ceterms:hasPart'];
    const ids = imported(doc, {}).data.units.map((u) => u.id);
    expect(ids).toEqual(['P', 'C1', 'C2', 'C3', 'C4', 'C5']);
  });

  it('reads the misspelling preceeds as precedes (and the suggested order as a prerequisite)', () => {
    const doc = pathwayDoc(condition(['C1', 'C2']));
    graphOf(doc)[2] = course('C1', { 'ceterms:preceeds': '_:C2' });
    const { data, warnings } = imported(doc);
    expect(unit(data, 'C2')?.prerequisites).toEqual({ unit: 'C1' });
    expect(warnings.some((w) => w.code === 'assumed' && /read as a prerequisite/.test(w.message))).toBe(true);
  });

  it('reads a value or a list, a text or a language map, a number or a numeric text', () => {
    const doc = pathwayDoc(condition(['C1']));
    graphOf(doc)[2] = {
      '@id': '_:C1',
      '@type': ['ceterms:CourseComponent'],
      'ceterms:name': ['Listed name'],
      'ceterms:description': { 'en-US': 'Mapped description' },
      'ceterms:creditValue': { '@type': 'ceterms:ValueProfile', 'ceterms:creditUnitType': 'SemesterHour', 'schema:value': '4.5' },
    };
    expect(unit(imported(doc).data, 'C1')).toMatchObject({ title: 'Listed name', description: 'Mapped description', credits: { value: 4.5, system: 'us-semester' } });
  });

  it('reads credit units given as text, as an alignment object, and through the creditUnits option', () => {
    const doc = pathwayDoc(condition(['C1', 'C2']));
    graphOf(doc)[2] = course('C1', { 'ceterms:creditValue': { 'ceterms:creditUnitType': { 'ceterms:targetNode': 'creditUnit:QuarterHour' }, 'schema:value': 5 } });
    graphOf(doc)[3] = course('C2', { 'ceterms:creditValue': { 'ceterms:creditUnitType': 'creditUnit:DegreeCredit', 'schema:value': 2 } });
    const plain = imported(doc);
    expect(unit(plain.data, 'C1')?.credits).toEqual({ value: 5, system: 'us-quarter' });
    expect(unit(plain.data, 'C2')?.credits).toBeUndefined();
    expect(plain.warnings.some((w) => w.code === 'unmapped' && /DegreeCredit/.test(w.message))).toBe(true);
    const mapped = imported(doc, { creditUnits: { 'creditUnit:DegreeCredit': 'us-semester' } });
    expect(unit(mapped.data, 'C2')?.credits).toEqual({ value: 2, system: 'us-semester' });
  });

  it('takes a default credit system for credit values that name no unit, and says so', () => {
    const doc = pathwayDoc(condition(['C1']));
    graphOf(doc)[2] = course('C1', { 'ceterms:creditValue': { 'schema:value': 3 } });
    expect(unit(imported(doc).data, 'C1')?.credits).toBeUndefined();
    const { data, warnings } = imported(doc, { defaultCreditSystem: 'ects' });
    expect(unit(data, 'C1')?.credits).toEqual({ value: 3, system: 'ects' });
    expect(warnings.some((w) => w.code === 'assumed' && /default credit system/.test(w.message))).toBe(true);
  });

  it('reads credential types as a kind, and other components as experiences', () => {
    const doc = pathwayDoc(condition(['C1', 'C2', 'C3', 'C4']));
    const g = graphOf(doc);
    g[2] = { '@id': '_:C1', '@type': 'ceterms:CredentialComponent', 'ceterms:name': 'A badge', 'ceterms:credentialType': 'https://purl.org/ctdl/terms/OpenBadge' };
    g[3] = { '@id': '_:C2', '@type': 'ceterms:CredentialComponent', 'ceterms:name': 'A micro-credential', 'ceterms:credentialType': { '@id': 'ceterms:MicroCredential' } };
    g[4] = { '@id': '_:C3', '@type': 'ceterms:JobComponent', 'ceterms:name': 'A job' };
    g[5] = { '@id': '_:C4', '@type': 'ceterms:CompetencyComponent', 'ceterms:name': 'A competency' };
    const { data } = imported(doc);
    expect(['C1', 'C2', 'C3', 'C4'].map((id) => unit(data, id)?.kind)).toEqual(['badge', 'micro-credential', 'experience', 'experience']);
  });

  it('makes a credential component with conditions a stack, and a course component with conditions a course with prerequisites', () => {
    const doc = pathwayDoc(condition(['C1', 'C2']));
    const g = graphOf(doc);
    g[2] = { '@id': '_:C1', '@type': 'ceterms:CredentialComponent', 'ceterms:name': 'Stack', 'ceterms:credentialType': 'ceterms:Certificate', 'ceterms:hasCondition': condition(['C3', 'C4']) };
    g[3] = course('C2', { 'ceterms:hasCondition': condition(['C5']) });
    const { data } = imported(doc);
    expect(unit(data, 'C1')).toMatchObject({ kind: 'certificate', requirements: { all: [{ unit: 'C3' }, { unit: 'C4' }] } });
    expect(unit(data, 'C2')).toMatchObject({ kind: 'course', prerequisites: { unit: 'C5' } });
    expect(unit(data, 'C2')?.requirements).toBeUndefined();
  });

  it('reads children named by isChildOf as if the parent listed them', () => {
    const doc = pathwayDoc(undefined);
    const g = graphOf(doc);
    g[2] = course('C1', { 'ceasn:isChildOf': ['_:D'] });
    g[3] = course('C2', { 'ceasn:isChildOf': '_:D' });
    expect(imported(doc).data.units[0]!.requirements).toEqual({ all: [{ unit: 'C1' }, { unit: 'C2' }] });
  });

  it('finds the destination from isDestinationComponentOf when the pathway does not name it', () => {
    const doc = pathwayDoc(condition(['C2']));
    const g = graphOf(doc);
    delete g[0]!['ceterms:hasDestinationComponent'];
    g[1]!['ceterms:isDestinationComponentOf'] = '_:P';
    expect(imported(doc).data.units[0]!.requirements).toEqual({ unit: 'C2' });
  });

  it('imports the pathway named by the option when the document holds several', () => {
    const doc = pathwayDoc(condition(['C1']));
    const second = { '@id': '_:P2', '@type': 'ceterms:Pathway', 'ceterms:ctid': 'ce-00000000-0000-4000-8000-000000000002', 'ceterms:name': 'Second', 'ceterms:hasDestinationComponent': '_:D2' };
    const destination = { '@id': '_:D2', '@type': 'ceterms:CredentialComponent', 'ceterms:hasCondition': condition(['C4']), 'ceasn:isPartOf': '_:P2' };
    graphOf(doc).push(second, destination);
    const first = imported(doc);
    expect(first.data.units[0]!.id).toBe('P');
    expect(first.warnings.some((w) => w.code === 'assumed' && /holds 2 pathways/.test(w.message))).toBe(true);
    const chosen = imported(doc, { pathway: 'ce-00000000-0000-4000-8000-000000000002' });
    expect(chosen.data.units[0]).toMatchObject({ id: 'ce-00000000-0000-4000-8000-000000000002', title: 'Second', requirements: { unit: 'C4' } });
  });
});
