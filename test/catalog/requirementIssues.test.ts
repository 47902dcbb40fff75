import { describe, expect, it } from 'vitest';
import { safeParseCatalog } from '../../src/catalog/safeParseCatalog.js';
import { requirementSchema } from '../../src/model/requirement.js';
import { smallCatalog, clone } from '../_helpers/catalogs.js';

/** The issues (code, path, message) of the small catalog with these requirements on its fifth unit. */
function issuesWith(requirements: unknown): { code: string; path: (string | number)[]; message: string }[] {
  const doc = clone(smallCatalog()) as unknown as { units: Record<string, unknown>[] };
  doc.units[4]!['requirements'] = requirements;
  const result = safeParseCatalog(doc);
  return result.success ? [] : result.issues.map(({ code, path, message }) => ({ code, path: [...path], message }));
}

const at = (...rest: (string | number)[]): (string | number)[] => ['units', 4, 'requirements', ...rest];
const NEEDS = 'a requirement needs exactly one of all, any, atLeast, unit, select; this one';

// Requirement nodes are checked by the schema their key names, not by trying
// the five kinds in turn; these pin that the issues are what the union gave.
describe('issues of requirement nodes', () => {
  it('a node with none of the keys', () => {
    expect(issuesWith({ all: [{ title: 'nothing' }] })).toEqual([{ code: 'invalid_requirement', path: at('all', 0), message: `${NEEDS} has none of them` }]);
  });

  it('a node with several of the keys', () => {
    expect(issuesWith({ all: [{ unit: 'C1', any: [] }] })).toEqual([{ code: 'invalid_requirement', path: at('all', 0), message: `${NEEDS} has any and unit together` }]);
  });

  it('a node with several keys where only one kind fails on the unknown key alone reports that key', () => {
    expect(issuesWith({ all: [{ atLeast: 1, unit: 'C1' }] })).toEqual([{ code: 'unknown_field', path: at('all', 0, 'atLeast'), message: 'unknown field "atLeast"' }]);
  });

  it('nodes that are not objects', () => {
    expect(issuesWith({ any: ['C1', null] })).toEqual([
      { code: 'invalid_requirement', path: at('any', 0), message: `${NEEDS} is string` },
      { code: 'invalid_requirement', path: at('any', 1), message: `${NEEDS} is null` },
    ]);
  });

  it('problems deep inside a node of one kind, filters included', () => {
    expect(issuesWith({ all: [{ any: [{ unit: 'C1', foo: 1 }] }] })).toEqual([{ code: 'unknown_field', path: at('all', 0, 'any', 0, 'foo'), message: 'unknown field "foo"' }]);
    expect(issuesWith({ all: [{ select: { not: { not: { ids: [1] } } }, min: { count: -1 } }] })).toEqual([
      { code: 'invalid_number', path: at('all', 0, 'min', 'count'), message: 'expected a number at least 0, got -1' },
      { code: 'invalid_type', path: at('all', 0, 'select', 'not', 'not', 'ids', 0), message: 'expected string, got number' },
    ]);
  });

  it('gives a parsed copy, not the input', () => {
    const tree = { all: [{ unit: 'C1' }, { select: { not: { ids: ['C2'] } } }] };
    const result = requirementSchema.safeParse(tree);
    expect(result.success && result.data).toEqual(tree);
    expect(result.success && result.data).not.toBe(tree);
    expect(result.success && (result.data as { all: unknown[] }).all[1]).not.toBe(tree.all[1]);
  });
});
