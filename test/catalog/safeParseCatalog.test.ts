import { describe, expect, it } from 'vitest';
import { safeParseCatalog } from '../../src/catalog/safeParseCatalog.js';
import { parseCatalog } from '../../src/catalog/parseCatalog.js';
import { CredstackError } from '../../src/issues/CredstackError.js';
import { ISSUE_CODES, type IssueCode } from '../../src/issues/issueCode.js';
import type { Issue } from '../../src/issues/Issue.js';
import { smallCatalog, clone, course } from '../_helpers/catalogs.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';

type Doc = ReturnType<typeof smallCatalog>;
const broken = (change: (doc: Doc & Record<string, unknown>) => void): Doc => {
  const doc = clone(smallCatalog()) as Doc & Record<string, unknown>;
  change(doc);
  return doc;
};
const unit = (doc: Doc, i: number): Record<string, unknown> => doc.units[i] as unknown as Record<string, unknown>;

function nest(depth: number): unknown {
  let node: Record<string, unknown> = { unit: 'C1' };
  for (let i = 1; i < depth; i++) node = { all: [node] };
  return node;
}

/** A requirement whose every level names the next twice: 2^depth leaves as a tree, depth + 1 objects in memory. */
function sharedTree(depth: number): unknown {
  let node: unknown = { unit: 'C1' };
  for (let i = 0; i < depth; i++) node = { all: [node, node] };
  return node;
}

/** One input per issue code, with the path the issue must carry. */
/** Codes only the audit gives (`invalid_option` for its options, the `mixed_credit_systems` and `grade_without_credit` warnings) are tested with the audit. */
// Codes the catalog parser never reports: the audit's and the importers'.
const AUDIT_ONLY = ['invalid_option', 'mixed_credit_systems', 'grade_without_credit', 'unverified', 'invalid_signature', 'expired', 'not_yet_valid', 'revoked', 'assumed', 'unmapped', 'not_exported'] as const;
type CatalogCode = Exclude<IssueCode, (typeof AUDIT_ONLY)[number]>;
const CASES: Record<CatalogCode, { input: unknown; path: (string | number)[] }> = {
  malformed: { input: 'units: [\n  { id: a,\n', path: [] },
  invalid_type: { input: { organisations: [] }, path: ['units'] },
  invalid_value: { input: broken((d) => (unit(d, 0)['kind'] = 'lecture')), path: ['units', 0, 'kind'] },
  unknown_field: { input: broken((d) => (unit(d, 0)['titel'] = 'x')), path: ['units', 0, 'titel'] },
  invalid_requirement: { input: broken((d) => (unit(d, 4)['requirements'] = { all: [{ title: 'nothing' }] })), path: ['units', 4, 'requirements', 'all', 0] },
  invalid_date: {
    input: broken((d) => (d.organisations![0]!.accreditations = [{ by: 'emc', from: '2023-02-30' }])),
    path: ['organisations', 0, 'accreditations', 0, 'from'],
  },
  invalid_duration: { input: broken((d) => (unit(d, 0)['validity'] = '3 years')), path: ['units', 0, 'validity'] },
  invalid_credits: { input: broken((d) => (unit(d, 0)['credits'] = { value: -4, system: 'ects' })), path: ['units', 0, 'credits', 'value'] },
  invalid_number: { input: broken((d) => (unit(d, 3)['requirements'] = { atLeast: 3, of: [{ unit: 'C1' }, { unit: 'C2' }] })), path: ['units', 3, 'requirements', 'atLeast'] },
  invalid_range: {
    input: broken((d) => (d.organisations![0]!.accreditations = [{ by: 'emc', from: '2024-01-01', until: '2023-01-01' }])),
    path: ['organisations', 0, 'accreditations', 0],
  },
  duplicate_id: { input: broken((d) => d.units.push(course('C2'))), path: ['units', 5, 'id'] },
  unknown_reference: { input: broken((d) => (unit(d, 0)['provider'] = 'nowhere')), path: ['units', 0, 'provider'] },
  cycle: { input: broken((d) => (unit(d, 0)['prerequisites'] = { unit: 'C3' })), path: ['units', 0] },
  too_deep: { input: broken((d) => (unit(d, 3)['requirements'] = nest(33))), path: ['units', 3, 'requirements', ...Array.from({ length: 32 }, () => ['all', 0]).flat()] },
  unknown_credit_system: { input: broken((d) => (unit(d, 0)['credits'] = { value: 4, system: 'furlongs' })), path: ['units', 0, 'credits', 'system'] },
  invalid_grade: { input: broken((d) => (unit(d, 3)['requirements'] = { minGrade: { scale: 'letter', grade: 'Z' }, unit: 'C1' })), path: ['units', 3, 'requirements', 'minGrade', 'grade'] },
  too_large: { input: broken((d) => (unit(d, 3)['requirements'] = sharedTree(60))), path: expect.any(Array) as unknown as (string | number)[] },
  duplicate_key: { input: '{"units": [{"id": "C1", "kind": "course", "title": "One", "title": "Two"}]}', path: ['units', 0] },
};

function issuesOf(input: unknown): readonly Issue[] {
  const result = safeParseCatalog(input);
  return result.success ? [] : result.issues;
}

describe('safeParseCatalog', () => {
  it('accepts a valid catalog and builds lookups', () => {
    const result = safeParseCatalog(smallCatalog());
    expect(result.success).toBe(true);
    if (result.success) expect(result.data.unit('C3')?.prerequisites).toEqual({ unit: 'C1' });
  });

  it.each(ISSUE_CODES.filter((c): c is CatalogCode => !(AUDIT_ONLY as readonly string[]).includes(c)).map((code) => [code]))('reports %s with the path of the problem', (code) => {
    const { input, path } = CASES[code];
    const found = issuesOf(input);
    expect(found.map((i) => i.code)).toContain(code);
    const hit = found.find((i) => i.code === code)!;
    expect(hit.path).toEqual(path);
    expect(hit.message.length).toBeGreaterThan(10);
  });

  it('names the cycle', () => {
    const cycle = issuesOf(CASES.cycle.input).find((i) => i.code === 'cycle');
    expect(cycle?.cycle).toEqual(['C1', 'C3', 'C1']);
    expect(cycle?.message).toContain('C1 → C3 → C1');
  });

  it('reports non-finite credits, which JSON cannot carry but objects can', () => {
    const found = issuesOf(broken((d) => (unit(d, 0)['credits'] = { value: Number.POSITIVE_INFINITY, system: 'ects' })));
    expect(found[0]).toMatchObject({ code: 'invalid_credits', path: ['units', 0, 'credits', 'value'] });
    const nan = issuesOf(broken((d) => (unit(d, 0)['credits'] = { value: Number.NaN, system: 'ects' })));
    expect(nan[0]?.code).toBe('invalid_credits');
  });

  it('stops hostile nesting before anything recursive sees it', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const found = issuesOf({ units: deep });
    expect(found).toHaveLength(1);
    expect(found[0]?.code).toBe('too_deep');
  });

  // Before: the shared subtrees were walked as a tree of 2^60 nodes and the parse never returned.
  it('refuses a requirement tree of shared subtrees in plain data, and parses a few shared ones', () => {
    expect(issuesOf(broken((d) => (unit(d, 3)['requirements'] = sharedTree(60)))).map((i) => i.code)).toEqual(['too_large']);
    const small = issuesOf(broken((d) => (unit(d, 3)['requirements'] = { any: [{ all: [{ unit: 'C1' }] }, { unit: 'C2' }], id: 'r' })));
    expect(small).toEqual([]);
  });

  it('refuses credits past the maximum, and credit factors that would overflow conversions', () => {
    const big = issuesOf(broken((d) => (unit(d, 0)['credits'] = { value: 1e308, system: 'ects' })));
    expect(big).toEqual([expect.objectContaining({ code: 'invalid_credits', path: ['units', 0, 'credits', 'value'] })]);
    const factor = issuesOf(broken((d) => {
      d['creditSystems'] = [{ id: 'tiny', ects: 1e-300 }];
      unit(d, 0)['credits'] = { value: 1, system: 'tiny' };
    }));
    expect(factor).toEqual([expect.objectContaining({ code: 'invalid_number', path: ['creditSystems', 0, 'ects'] })]);
  });

  it('turns data that cannot be read into issues, and options that are not options', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(issuesOf(proxy)).toEqual([expect.objectContaining({ code: 'invalid_type', path: [] })]);
    const getter = broken((d) => Object.defineProperty(unit(d, 0), 'title', { get: () => { throw new Error('no'); }, enumerable: true }));
    expect(issuesOf(getter)).toEqual([expect.objectContaining({ code: 'invalid_type', path: ['units', 0, 'title'] })]);
    expect(safeParseCatalog(smallCatalog(), null as never)).toMatchObject({ success: false, issues: [expect.objectContaining({ code: 'invalid_option', path: ['options'] })] });
    expect(safeParseCatalog(smallCatalog(), { maxSize: 0 })).toMatchObject({ success: false, issues: [expect.objectContaining({ code: 'invalid_option', path: ['options', 'maxSize'] })] });
  });

  it('takes larger limits when asked', () => {
    const doc = smallCatalog();
    expect(safeParseCatalog(doc, { maxNodes: 20 }).success).toBe(false);
    expect(safeParseCatalog(doc, { maxNodes: 10_000 }).success).toBe(true);
    const text = JSON.stringify(doc);
    expect(safeParseCatalog(text, { maxSize: 100 }).success).toBe(false);
    expect(safeParseCatalog(text, { maxSize: text.length }).success).toBe(true);
  });

  it('locates issues in YAML text by line and column', () => {
    const text = 'units:\n  - id: C1\n    kind: course\n    title: One\n    credits: { value: -1, system: ects }\n';
    const found = issuesOf(text);
    expect(found[0]).toMatchObject({ code: 'invalid_credits', line: 5, column: 23 });
  });

  it('gives malformed text a line and column', () => {
    const found = issuesOf('units:\n  - id: a\n   kind: [course\n');
    expect(found[0]?.code).toBe('malformed');
    expect(found[0]?.line).toBeGreaterThanOrEqual(2);
    expect(found[0]?.column).toBeGreaterThanOrEqual(1);
  });

  it('reads JSON text too', () => {
    expect(safeParseCatalog(JSON.stringify(smallCatalog())).success).toBe(true);
  });

  it('treats __proto__ and constructor as ordinary ids', () => {
    const text = JSON.stringify({
      organisations: [{ id: '__proto__', name: 'P' }],
      units: [
        course('constructor', { provider: '__proto__' }),
        { id: '__proto__', kind: 'micro-credential', title: 'M', requirements: { unit: 'constructor' } },
      ],
    });
    const catalog = parseCatalog(text);
    expect(catalog.unit('__proto__')?.kind).toBe('micro-credential');
    expect(catalog.organisation('__proto__')?.name).toBe('P');
    expect(catalog.compositesOf('constructor')).toEqual(['__proto__']);
    expect(catalog.unit('toString')).toBeUndefined();
  });

  it('parses deep-frozen input and leaves it untouched', () => {
    const input = deepFreeze(smallCatalog());
    const before = JSON.stringify(input);
    expect(safeParseCatalog(input).success).toBe(true);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('freezes what it returns, so later changes cannot reach the caller or the catalog', () => {
    const input = smallCatalog();
    const catalog = parseCatalog(input);
    expect(Object.isFrozen(catalog.document.units[0])).toBe(true);
    expect(catalog.document.units[0]).not.toBe(input.units[0]);
  });

  it('reports several problems at once', () => {
    const found = issuesOf(broken((d) => {
      unit(d, 0)['provider'] = 'x';
      unit(d, 1)['provider'] = 'y';
    }));
    expect(found.map((i) => i.path)).toEqual([['units', 0, 'provider'], ['units', 1, 'provider']]);
  });
});

describe('parseCatalog', () => {
  it('throws CredstackError carrying the issues', () => {
    expect.assertions(3);
    try {
      parseCatalog({ units: 'none' });
    } catch (error) {
      expect(error).toBeInstanceOf(CredstackError);
      expect((error as CredstackError).issues[0]?.path).toEqual(['units']);
      expect((error as CredstackError).message).toContain('units');
    }
  });
});
