import { describe, expect, it } from 'vitest';
import { safeImportCtdlPathway } from '../../../src/interop/ctdl/safeImportCtdlPathway.js';
import type { Issue } from '../../../src/issues/Issue.js';
import { condition, pathwayDoc } from './documents.js';

function requirementsOf(doc: unknown): { tree: unknown; warnings: readonly Issue[]; extensions: unknown } {
  const result = safeImportCtdlPathway(doc);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  const program = result.data.units[0]!;
  return { tree: program.requirements, warnings: result.warnings, extensions: program.extensions };
}

function issuesOf(doc: unknown): readonly Issue[] {
  const result = safeImportCtdlPathway(doc);
  return result.success ? [] : result.issues;
}

const u = (id: string) => ({ unit: id });

describe('conditions become requirement nodes', () => {
  it.each([
    [3, { all: [u('C1'), u('C2'), u('C3')] }],
    [2, { atLeast: 2, of: [u('C1'), u('C2'), u('C3')] }],
    [1, { any: [u('C1'), u('C2'), u('C3')] }],
  ])('requiredNumber %i of three', (n, expected) => {
    expect(requirementsOf(pathwayDoc(condition(['C1', 'C2', 'C3'], { 'ceterms:requiredNumber': n }))).tree).toEqual(expected);
  });

  it('reads logicalOperator And and Or, in any vocabulary and case', () => {
    expect(requirementsOf(pathwayDoc(condition(['C1', 'C2'], { 'ceterms:logicalOperator': 'logic:Or' }))).tree).toEqual({ any: [u('C1'), u('C2')] });
    expect(requirementsOf(pathwayDoc(condition(['C1', 'C2'], { 'ceterms:logicalOperator': { '@id': 'https://purl.org/ctdl/vocabs/logic/AND' } }))).tree).toEqual({ all: [u('C1'), u('C2')] });
  });

  it('takes all as required when neither is given, and says so', () => {
    const { tree, warnings } = requirementsOf(pathwayDoc(condition(['C1', 'C2'])));
    expect(tree).toEqual({ all: [u('C1'), u('C2')] });
    expect(warnings.some((w) => w.code === 'assumed' && /neither requiredNumber nor logicalOperator/.test(w.message))).toBe(true);
  });

  it('nests hasCondition, given inline or by reference, with names as titles', () => {
    const inner = { '@id': '_:c2', '@type': 'ceterms:ComponentCondition', 'ceterms:name': 'Electives', 'ceterms:requiredNumber': 1, 'ceterms:targetComponent': ['_:C4', '_:C5'] };
    const doc = pathwayDoc(condition(['C1'], { 'ceterms:requiredNumber': 2, 'ceterms:hasCondition': ['_:c2'] }), { nodes: [inner] });
    expect(requirementsOf(doc).tree).toEqual({ all: [u('C1'), { title: 'Electives', any: [u('C4'), u('C5')] }] });
  });

  it('counts requiredNumber over targets and nested conditions together', () => {
    const doc = pathwayDoc(condition(['C1', 'C2'], { 'ceterms:requiredNumber': 2, 'ceterms:hasCondition': [condition(['C3', 'C4'], { 'ceterms:requiredNumber': 2 })] }));
    expect(requirementsOf(doc).tree).toEqual({ atLeast: 2, of: [u('C1'), u('C2'), { all: [u('C3'), u('C4')] }] });
  });

  it('combines several conditions of one component with and', () => {
    const doc = pathwayDoc([condition(['C1']), condition(['C2', 'C3'], { 'ceterms:requiredNumber': 1 })]);
    expect(requirementsOf(doc).tree).toEqual({ all: [u('C1'), { any: [u('C2'), u('C3')] }] });
  });

  it('makes a minimum of credits of a creditValue >= n constraint; without requiredNumber the constraint alone decides', () => {
    const constraint = { '@type': 'ceterms:Constraint', 'ceterms:leftSource': 'ceterms:creditValue', 'ceterms:comparator': 'compare:GTEQ', 'ceterms:rightSource': 6 };
    expect(requirementsOf(pathwayDoc(condition(['C1', 'C2', 'C3'], { 'ceterms:hasConstraint': constraint }))).tree).toEqual({
      min: { credits: 6 },
      atLeast: 0,
      of: [u('C1'), u('C2'), u('C3')],
    });
    expect(requirementsOf(pathwayDoc(condition(['C1', 'C2', 'C3'], { 'ceterms:requiredNumber': 2, 'ceterms:hasConstraint': constraint }))).tree).toEqual({
      min: { credits: 6 },
      atLeast: 2,
      of: [u('C1'), u('C2'), u('C3')],
    });
  });

  it('keeps another constraint in extensions.ctdl with an unmapped warning naming its path', () => {
    const constraint = { '@type': 'ceterms:Constraint', 'ceterms:leftSource': ['ceterms:level'], 'ceterms:comparator': 'compare:GTEQ', 'ceterms:rightSource': ['300'] };
    const { tree, warnings, extensions } = requirementsOf(pathwayDoc(condition(['C1', 'C2'], { 'ceterms:requiredNumber': 1, 'ceterms:hasConstraint': [constraint] })));
    expect(tree).toEqual({ any: [u('C1'), u('C2')] });
    const warning = warnings.find((w) => w.code === 'unmapped' && /constraint/.test(w.message));
    expect(warning?.path).toEqual(['@graph', 1, 'ceterms:hasCondition', 'ceterms:hasConstraint', 0]);
    expect(JSON.stringify(extensions)).toContain('ceterms:level');
  });

  it('reports constraints of which only some need hold', () => {
    const credits = { '@type': 'ceterms:Constraint', 'ceterms:leftSource': ['ceterms:creditValue'], 'ceterms:comparator': 'compare:GTEQ', 'ceterms:rightSource': ['3'] };
    const { tree, warnings } = requirementsOf(pathwayDoc(condition(['C1', 'C2'], { 'ceterms:requiredNumber': 1, 'ceterms:requiredConstraints': 1, 'ceterms:hasConstraint': [credits, credits] })));
    expect(tree).toEqual({ any: [u('C1'), u('C2')] });
    expect(warnings.some((w) => w.code === 'unmapped' && /only 1 of 2 constraints/.test(w.message))).toBe(true);
  });

  it('reads a Not condition as met, keeps it, and says so', () => {
    const not = condition(['C3'], { 'ceterms:logicalOperator': 'logic:Not', 'ceterms:name': 'Not the old course' });
    const { tree, warnings, extensions } = requirementsOf(pathwayDoc(condition(['C1'], { 'ceterms:logicalOperator': 'logic:And', 'ceterms:hasCondition': [not] })));
    expect(tree).toEqual(u('C1'));
    expect(warnings.some((w) => w.code === 'unmapped' && /Not/.test(w.message))).toBe(true);
    expect(JSON.stringify(extensions)).toContain('Not the old course');
  });

  it('counts a Not condition as met toward requiredNumber and Or', () => {
    const not = condition(['C3'], { 'ceterms:logicalOperator': 'Not' });
    expect(requirementsOf(pathwayDoc(condition(['C1', 'C2'], { 'ceterms:requiredNumber': 2, 'ceterms:hasCondition': [not] }))).tree).toEqual({ any: [u('C1'), u('C2')] });
    const program = safeImportCtdlPathway(pathwayDoc(condition(['C1'], { 'ceterms:logicalOperator': 'Or', 'ceterms:hasCondition': [not] })));
    expect(program.success && program.data.units[0]!.requirements).toBeUndefined();
  });

  it('refuses requiredNumber past the items, or not a whole number, at its path', () => {
    const tooMany = issuesOf(pathwayDoc(condition(['C1', 'C2'], { 'ceterms:requiredNumber': 3 })));
    expect(tooMany).toEqual([expect.objectContaining({ code: 'invalid_number', path: ['@graph', 1, 'ceterms:hasCondition', 'ceterms:requiredNumber'] })]);
    const fraction = issuesOf(pathwayDoc(condition(['C1', 'C2'], { 'ceterms:requiredNumber': 1.5 })));
    expect(fraction).toEqual([expect.objectContaining({ code: 'invalid_number', path: ['@graph', 1, 'ceterms:hasCondition', 'ceterms:requiredNumber'] })]);
  });

  it('treats requiredNumber 0 as not given (publishing tools write it by default)', () => {
    expect(requirementsOf(pathwayDoc(condition(['C1', 'C2'], { 'ceterms:requiredNumber': 0, 'ceterms:logicalOperator': 'Or' }))).tree).toEqual({ any: [u('C1'), u('C2')] });
  });
});
