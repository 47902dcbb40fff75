import { describe, expect, it } from 'vitest';
import { filterSchema, type Filter } from '../../src/model/filter.js';
import { safeParseCatalog } from '../../src/catalog/safeParseCatalog.js';
import { fromZodIssues } from '../../src/_internal/fromZodIssues.js';
import { catalogJsonSchema } from '../../src/model/jsonSchema.js';
import { smallCatalog, clone } from '../_helpers/catalogs.js';

/** The issues (code, path, message) of a filter checked alone. */
function issuesOf(filter: unknown): [string, (string | number)[], string][] {
  const result = filterSchema.safeParse(filter);
  return result.success ? [] : fromZodIssues(result.error.issues, filter).map((i) => [i.code, [...i.path], i.message]);
}

/** The issues (code, path) of the small catalog with this filter in a select node of its degree. */
function catalogIssuesWith(select: unknown): [string, (string | number)[]][] {
  const doc = clone(smallCatalog()) as unknown as { units: Record<string, unknown>[] };
  doc.units[4]!['requirements'] = { all: [{ unit: 'C1' }, { select }] };
  const result = safeParseCatalog(doc);
  return result.success ? [] : result.issues.map((i) => [i.code, [...i.path]]);
}
const at = (...rest: (string | number)[]): (string | number)[] => ['units', 4, 'requirements', 'all', 1, 'select', ...rest];

describe('filterSchema: anyOf and not', () => {
  it('accepts anyOf, a single not, and a list of nots, at any depth, and gives a copy', () => {
    const filter: Filter = {
      kinds: ['course'],
      anyOf: [{ subjects: ['math'] }, { anyOf: [{ tags: { any: ['quantitative'] } }], not: { ids: ['X'] } }],
      not: [{ ids: ['MATH 100'] }, { not: [{ providers: ['uni'] }] }],
    };
    const result = filterSchema.safeParse(filter);
    expect(result.success && result.data).toEqual(filter);
    expect(result.success && result.data.anyOf).not.toBe(filter.anyOf);
    expect(issuesOf({ not: { subjects: ['math'] } })).toEqual([]);
  });

  it('an empty anyOf or not is an issue that says why', () => {
    expect(issuesOf({ anyOf: [] })).toEqual([
      ['invalid_value', ['anyOf'], 'anyOf lists no filters, so it would match no unit; list at least one filter, or leave anyOf out'],
    ]);
    expect(issuesOf({ not: [] })).toEqual([
      ['invalid_value', ['not'], 'not lists no filters, so it would exclude no unit; list at least one filter, or leave not out'],
    ]);
    expect(issuesOf({ anyOf: [{ not: [] }] })).toEqual([
      ['invalid_value', ['anyOf', 0, 'not'], 'not lists no filters, so it would exclude no unit; list at least one filter, or leave not out'],
    ]);
  });

  it('reports problems inside nested filters with their paths', () => {
    expect(issuesOf({ anyOf: [{ ids: ['a'] }, { ids: [1] }] })).toEqual([['invalid_type', ['anyOf', 1, 'ids', 0], 'expected string, got number']]);
    expect(issuesOf({ not: [{ ids: ['a'] }, { subject: ['x'] }] })).toEqual([['unknown_field', ['not', 1, 'subject'], 'unknown field "subject"']]);
    expect(issuesOf({ not: { not: { kinds: ['lecture'] } } }).map(([code, path]) => [code, path])).toEqual([['invalid_value', ['not', 'not', 'kinds', 0]]]);
  });

  it('rejects anyOf that is not a list and not that is neither a filter nor a list', () => {
    expect(issuesOf({ anyOf: { subjects: ['math'] } })).toEqual([['invalid_type', ['anyOf'], 'expected array, got object']]);
    expect(issuesOf({ not: 'CS 101' })).toEqual([['invalid_type', ['not'], 'expected a filter or a list of filters, got string']]);
    expect(issuesOf({ not: null })).toEqual([['invalid_type', ['not'], 'expected a filter or a list of filters, got null']]);
    expect(issuesOf({ anyOf: ['CS 101'] }).map(([code, path]) => [code, path])).toEqual([['invalid_type', ['anyOf', 0]]]);
  });
});

describe('filters in a catalog', () => {
  it('checks the units and organisations named inside anyOf and not', () => {
    expect(catalogIssuesWith({ anyOf: [{ ids: ['C2'] }, { ids: ['nowhere'] }], not: [{ ids: ['C1'] }, { providers: ['nobody'] }] })).toEqual([
      ['unknown_reference', at('anyOf', 1, 'ids', 0)],
      ['unknown_reference', at('not', 1, 'providers', 0)],
    ]);
    expect(catalogIssuesWith({ not: { ids: ['gone'] } })).toEqual([['unknown_reference', at('not', 'ids', 0)]]);
  });

  it('a unit named in anyOf is a part of the program (a loop through it is a cycle)', () => {
    const doc = clone(smallCatalog()) as unknown as { units: Record<string, unknown>[] };
    doc.units[0]!['prerequisites'] = { select: { anyOf: [{ subjects: ['none'] }, { ids: ['C3'] }] } };
    const result = safeParseCatalog(doc);
    expect(result.success ? [] : result.issues.map((i) => i.code)).toEqual(['cycle']);
  });
});

describe('the JSON Schema of a filter', () => {
  it('says what the zod schema says: anyOf a non-empty list of filters, not a filter or such a list', () => {
    const filter = (catalogJsonSchema()['$defs'] as Record<string, { properties: Record<string, unknown> }>)['Filter']!;
    const list = { type: 'array', items: { $ref: '#/$defs/Filter' }, minItems: 1 };
    // Each field also carries its description from docs/format.md.
    const shape = (field: string): unknown => {
      const { description, ...rest } = filter.properties[field] as { description?: unknown };
      expect(typeof description).toBe('string');
      return rest;
    };
    expect(shape('anyOf')).toEqual(list);
    expect(shape('not')).toEqual({ anyOf: [{ $ref: '#/$defs/Filter' }, list] });
  });
});
