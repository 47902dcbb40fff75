import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { safeImportCtdlPathway } from '../../../src/interop/ctdl/safeImportCtdlPathway.js';
import { importCtdlPathway } from '../../../src/interop/ctdl/importCtdlPathway.js';
import { safeImportCtdlTransferValues } from '../../../src/interop/ctdl/safeImportCtdlTransferValues.js';
import { CredstackError } from '../../../src/issues/CredstackError.js';
import { ISSUE_CODES } from '../../../src/issues/issueCode.js';
import type { Issue } from '../../../src/issues/Issue.js';
import { safeParseCatalog } from '../../../src/catalog/safeParseCatalog.js';
import { propertyRuns } from '../../_helpers/propertyRuns.js';
import { deepFreeze } from '../../_helpers/deepFreeze.js';
import { condition, course, pathwayDoc } from './documents.js';
import { ctdlLikeDocumentArb } from './ctdlArbitraries.js';
import { fixture } from './fixtures.js';

function issuesOf(input: unknown, options: unknown = {}): readonly Issue[] {
  const result = safeImportCtdlPathway(input, options as never);
  return result.success ? [] : result.issues;
}
const graphOf = (doc: Record<string, unknown>) => doc['@graph'] as Record<string, unknown>[];

describe('bad input gives issues with a path, never an exception', () => {
  it('text that is not JSON', () => {
    const [found] = issuesOf('{"@graph": [');
    expect(found?.code).toBe('malformed');
    expect(found?.line).toBe(1);
  });

  it('JSON that is not a document', () => {
    expect(issuesOf('42')).toEqual([expect.objectContaining({ code: 'invalid_type', path: [] })]);
    expect(issuesOf(null)).toEqual([expect.objectContaining({ code: 'invalid_type', path: [] })]);
  });

  it('a document with no pathway', () => {
    expect(issuesOf({ '@graph': [course('C1')] })).toEqual([expect.objectContaining({ code: 'invalid_type', path: [], message: expect.stringMatching(/no ceterms:Pathway/) })]);
    expect(safeImportCtdlTransferValues({ '@graph': [course('C1')] })).toMatchObject({ success: false, issues: [expect.objectContaining({ code: 'invalid_type' })] });
  });

  it('a pathway with no destination', () => {
    const doc = pathwayDoc(condition(['C1']));
    delete graphOf(doc)[0]!['ceterms:hasDestinationComponent'];
    expect(issuesOf(doc)).toEqual([expect.objectContaining({ code: 'invalid_value', path: ['@graph', 0] })]);
  });

  it('a targetComponent that names nothing, at its path', () => {
    const doc = pathwayDoc(condition(['C1', 'NOPE']));
    expect(issuesOf(doc)).toEqual([
      expect.objectContaining({ code: 'unknown_reference', path: ['@graph', 1, 'ceterms:hasCondition', 'ceterms:targetComponent', 1] }),
    ]);
  });

  it('a component of hasPart or a hasCondition that names nothing', () => {
    const doc = pathwayDoc(condition(['C1']));
    (graphOf(doc)[0]!['ceterms:hasPart'] as string[]).push('_:ghost');
    expect(issuesOf(doc)).toEqual([expect.objectContaining({ code: 'unknown_reference', path: ['@graph', 0, 'ceterms:hasPart', 6] })]);
    expect(issuesOf(pathwayDoc('_:no-such-condition'))).toEqual([expect.objectContaining({ code: 'unknown_reference', path: ['@graph', 1, 'ceterms:hasCondition'] })]);
  });

  it('a loop among components through their prerequisites, named', () => {
    const doc = pathwayDoc(condition(['C1']));
    graphOf(doc)[2] = course('C1', { 'ceterms:prerequisite': '_:C2' });
    graphOf(doc)[3] = course('C2', { 'ceterms:prerequisite': ['_:C1'] });
    const [found] = issuesOf(doc);
    expect(found).toMatchObject({ code: 'cycle', cycle: ['C1', 'C2', 'C1'] });
    expect(found!.path).toEqual(['@graph', 2]);
  });

  it('a loop among selection components, named', () => {
    const select = (id: string, child: string) => ({ '@id': `_:${id}`, '@type': 'ceterms:SelectionComponent', 'ceterms:name': id, 'ceasn:hasChild': [`_:${child}`, '_:C1'] });
    const doc = pathwayDoc(condition(['S1']), { nodes: [select('S1', 'S2'), select('S2', 'S1')] });
    const [found] = issuesOf(doc);
    expect(found).toMatchObject({ code: 'cycle', cycle: ['S1', 'S2', 'S1'] });
  });

  it('a loop among conditions named by reference', () => {
    const a = { '@id': '_:a', '@type': 'ceterms:ComponentCondition', 'ceterms:hasCondition': '_:b', 'ceterms:targetComponent': '_:C1' };
    const b = { '@id': '_:b', '@type': 'ceterms:ComponentCondition', 'ceterms:hasCondition': '_:a', 'ceterms:targetComponent': '_:C2' };
    expect(issuesOf(pathwayDoc('_:a', { nodes: [a, b] }))).toEqual([expect.objectContaining({ code: 'cycle' })]);
  });

  it('requirements nested past 32 levels', () => {
    let nested: Record<string, unknown> = condition(['C1']);
    for (let i = 0; i < 40; i++) nested = condition(['C2'], { 'ceterms:requiredNumber': 2, 'ceterms:hasCondition': [nested] });
    const [found] = issuesOf(pathwayDoc(nested));
    expect(found?.code).toBe('too_deep');
    expect(found?.path.slice(0, 3)).toEqual(['@graph', 1, 'ceterms:hasCondition']);
  });

  it('a document nested past 200 levels', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 300; i++) deep = [deep];
    expect(issuesOf(pathwayDoc(condition(['C1']), { pathway: { 'ceterms:keyword': deep } }))[0]?.code).toBe('too_deep');
  });

  it('selection components that expand past the node budget', () => {
    const nodes = Array.from({ length: 20 }, (_, i) => ({ '@id': `_:S${i}`, '@type': 'ceterms:SelectionComponent', 'ceasn:hasChild': i === 19 ? ['_:C1', '_:C2'] : [`_:S${i + 1}`, `_:S${i + 1}`] }));
    expect(issuesOf(pathwayDoc(condition(['S0']), { nodes }))).toEqual([expect.objectContaining({ code: 'too_large' })]);
  });

  it('two resources that become one unit', () => {
    const doc = pathwayDoc(condition(['C1', 'C2']));
    graphOf(doc)[3] = course('C2', { 'ceterms:ctid': 'C1' });
    expect(issuesOf(doc)).toEqual([expect.objectContaining({ code: 'duplicate_id', received: 'C1' })]);
  });

  it('negative credits and impossible dates', () => {
    const doc = pathwayDoc(condition(['C1']));
    graphOf(doc)[2] = course('C1', { 'ceterms:creditValue': { 'ceterms:creditUnitType': 'SemesterHour', 'schema:value': -3 } });
    expect(issuesOf(doc)).toEqual([expect.objectContaining({ code: 'invalid_credits', path: ['@graph', 2, 'ceterms:creditValue', 'schema:value'] })]);
    const tvp = { '@type': 'ceterms:TransferValueProfile', 'ceterms:ownedBy': '_:org', 'ceterms:startDate': '2023-02-30', 'ceterms:transferValueFrom': '_:C1', 'ceterms:transferValueFor': '_:C2' };
    expect(issuesOf(pathwayDoc(condition(['C1']), { nodes: [tvp] }))).toEqual([expect.objectContaining({ code: 'invalid_date', path: ['@graph', 7, 'ceterms:startDate'] })]);
  });

  it('options that are not options', () => {
    expect(issuesOf(fixture('plain-object.json'), 'fast')).toEqual([expect.objectContaining({ code: 'invalid_option', path: ['options'] })]);
    expect(issuesOf(fixture('plain-object.json'), { language: 3 })).toEqual([expect.objectContaining({ code: 'invalid_option', path: ['options', 'language'] })]);
    expect(issuesOf(fixture('plain-object.json'), { creditUnits: { DegreeCredit: 7 } })).toEqual([expect.objectContaining({ code: 'invalid_option', path: ['options', 'creditUnits', 'DegreeCredit'] })]);
    expect(issuesOf(fixture('plain-object.json'), { pathway: 'nope' })).toEqual([expect.objectContaining({ code: 'invalid_option', path: ['options', 'pathway'] })]);
    expect(issuesOf(fixture('plain-object.json'), { maxNodes: 10 })).toEqual([expect.objectContaining({ code: 'too_large' })]);
  });

  it('throws one CredstackError in the throwing form', () => {
    expect(() => importCtdlPathway('{')).toThrow(CredstackError);
  });

  it('never changes its input (deep-frozen data works)', () => {
    const doc = deepFreeze(JSON.parse(fixture('quirks-graph.json')) as unknown);
    const before = JSON.stringify(doc);
    expect(safeImportCtdlPathway(doc).success).toBe(true);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('treats __proto__ and constructor as ordinary ids and keys', () => {
    const doc = pathwayDoc(condition(['__proto__', 'constructor']), { nodes: [course('__proto__'), course('constructor')] });
    const extra = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    Object.assign(graphOf(doc)[2]!, { 'ex:stuff': extra });
    const result = safeImportCtdlPathway(doc);
    expect(result.success && result.data.units[0]!.requirements).toEqual({ all: [{ unit: '__proto__' }, { unit: 'constructor' }] });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('fuzzing the importers', () => {
  const codes = new Set<string>(ISSUE_CODES);
  const check = (run: () => ReturnType<typeof safeImportCtdlPathway>): void => {
    const result = run();
    if (result.success) {
      expect(safeParseCatalog({ ...result.data }).success).toBe(true);
      return;
    }
    expect(result.issues.length).toBeGreaterThan(0);
    for (const i of result.issues) expect(codes.has(i.code)).toBe(true);
  };

  it('arbitrary JSON gives only the library\'s issues, never an exception', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        check(() => safeImportCtdlPathway(value));
        check(() => safeImportCtdlPathway(JSON.stringify(value)));
        check(() => safeImportCtdlTransferValues(value));
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  it('documents shaped like CTDL, with dangling and looping references, never throw and never change', () => {
    fc.assert(
      fc.property(ctdlLikeDocumentArb, (doc) => {
        const frozen = deepFreeze(doc);
        const before = JSON.stringify(frozen);
        check(() => safeImportCtdlPathway(frozen));
        check(() => safeImportCtdlTransferValues(frozen));
        expect(JSON.stringify(frozen)).toBe(before);
      }),
      { numRuns: propertyRuns(400) },
    );
  });
});
