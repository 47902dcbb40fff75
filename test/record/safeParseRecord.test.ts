import { describe, expect, it } from 'vitest';
import { safeParseRecord } from '../../src/record/safeParseRecord.js';
import { parseRecord } from '../../src/record/parseRecord.js';
import { parseCatalog } from '../../src/catalog/parseCatalog.js';
import { CredstackError } from '../../src/issues/CredstackError.js';
import type { Issue } from '../../src/issues/Issue.js';
import { smallCatalog } from '../_helpers/catalogs.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';

const catalog = parseCatalog(smallCatalog());
const good = () => ({
  learner: { id: 'l1', name: 'Ada' },
  achievements: [
    { id: 'a1', unit: 'C1', earnedOn: '2023-05-20', grade: { scale: 'letter', value: 'B' }, issuer: 'uni' },
    { id: 'a2', unit: 'C2', status: 'planned' },
  ],
  exceptions: [{ id: 'x1', kind: 'waive', program: 'DEG', requirement: 'el', reason: 'prior learning', author: 'registrar' }],
});
const issuesOf = (input: unknown, withCatalog = true): readonly Issue[] => {
  const r = safeParseRecord(input, withCatalog ? { catalog } : {});
  return r.success ? [] : r.issues;
};

describe('safeParseRecord', () => {
  it('accepts a valid record and defaults status to completed', () => {
    const r = safeParseRecord(good(), { catalog });
    expect(r.success).toBe(true);
    if (r.success) expect(r.data.achievements.map((a) => a.status)).toEqual(['completed', 'planned']);
  });

  it.each([
    ['duplicate achievement id', (d: ReturnType<typeof good>) => d.achievements.push({ id: 'a1', unit: 'C3', status: 'planned' }), 'duplicate_id', ['achievements', 2, 'id']],
    ['neither unit nor externalId', (d: ReturnType<typeof good>) => d.achievements.push({ id: 'a3', status: 'planned' } as never), 'invalid_type', ['achievements', 2]],
    ['completed without a date', (d: ReturnType<typeof good>) => d.achievements.push({ id: 'a3', unit: 'C3' } as never), 'invalid_type', ['achievements', 2, 'earnedOn']],
    ['expires before earned', (d: ReturnType<typeof good>) => Object.assign(d.achievements[0]!, { expiresOn: '2022-01-01' }), 'invalid_range', ['achievements', 0, 'expiresOn']],
    ['impossible date', (d: ReturnType<typeof good>) => Object.assign(d.achievements[0]!, { earnedOn: '2023-13-01' }), 'invalid_date', ['achievements', 0, 'earnedOn']],
    ['unknown status', (d: ReturnType<typeof good>) => Object.assign(d.achievements[1]!, { status: 'done' }), 'invalid_value', ['achievements', 1, 'status']],
    ['unknown unit', (d: ReturnType<typeof good>) => Object.assign(d.achievements[0]!, { unit: 'Z9' }), 'unknown_reference', ['achievements', 0, 'unit']],
    ['unknown grade scale', (d: ReturnType<typeof good>) => Object.assign(d.achievements[0]!, { grade: { scale: 'gpa', value: 'A' } }), 'unknown_reference', ['achievements', 0, 'grade', 'scale']],
    ['grade off the scale', (d: ReturnType<typeof good>) => Object.assign(d.achievements[0]!, { grade: { scale: 'letter', value: 'Q' } }), 'invalid_grade', ['achievements', 0, 'grade', 'value']],
    ['unknown credit system', (d: ReturnType<typeof good>) => Object.assign(d.achievements[0]!, { credits: { value: 3, system: 'x' } }), 'unknown_credit_system', ['achievements', 0, 'credits', 'system']],
    ['negative credits', (d: ReturnType<typeof good>) => Object.assign(d.achievements[0]!, { credits: { value: -3, system: 'ects' } }), 'invalid_credits', ['achievements', 0, 'credits', 'value']],
    ['unknown issuer', (d: ReturnType<typeof good>) => Object.assign(d.achievements[0]!, { issuer: 'nobody' }), 'unknown_reference', ['achievements', 0, 'issuer']],
    ['exception names a missing achievement', (d: ReturnType<typeof good>) => d.exceptions.push({ id: 'x2', kind: 'exclude', achievement: 'zz', reason: 'r', author: 'a' } as never), 'unknown_reference', ['exceptions', 1, 'achievement']],
    ['exception names an unknown program', (d: ReturnType<typeof good>) => Object.assign(d.exceptions[0]!, { program: 'NOPE' }), 'unknown_reference', ['exceptions', 0, 'program']],
    ['exception names an unknown requirement', (d: ReturnType<typeof good>) => Object.assign(d.exceptions[0]!, { requirement: 'nope' }), 'unknown_reference', ['exceptions', 0, 'requirement']],
    ['credit exception in an unknown system', (d: ReturnType<typeof good>) => d.exceptions.push({ id: 'x3', kind: 'credit', achievement: 'a1', credits: { value: 2, system: 'x' }, reason: 'r', author: 'a' } as never), 'unknown_credit_system', ['exceptions', 1, 'credits', 'system']],
    ['exception of an unknown kind', (d: ReturnType<typeof good>) => Object.assign(d.exceptions[0]!, { kind: 'forgive' }), 'invalid_value', ['exceptions', 0, 'kind']],
    ['exception without a reason', (d: ReturnType<typeof good>) => Object.assign(d.exceptions[0]!, { reason: '' }), 'invalid_value', ['exceptions', 0, 'reason']],
  ] as const)('reports %s', (_name, change, code, path) => {
    const doc = good();
    change(doc);
    const found = issuesOf(doc);
    expect(found.find((i) => i.code === code)?.path).toEqual(path);
  });

  it('checks references only when given a catalog', () => {
    const doc = good();
    doc.achievements[0]!.unit = 'Z9';
    expect(issuesOf(doc, false)).toEqual([]);
  });

  it('warns, without failing, about an external id no unit lists', () => {
    const r = safeParseRecord({ achievements: [{ id: 'a', externalId: { scheme: 'ob3', id: 'urn:x' }, earnedOn: '2024-01-01' }] }, { catalog });
    expect(r.success).toBe(true);
    if (r.success) expect(r.warnings[0]).toMatchObject({ code: 'unknown_reference', path: ['achievements', 0, 'externalId'] });
  });

  it('reads YAML and locates issues', () => {
    const r = safeParseRecord('achievements:\n  - id: a1\n    unit: C1\n    earnedOn: 2023-02-29\n');
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]).toMatchObject({ code: 'invalid_date', line: 4, column: 15 });
  });

  it('parses deep-frozen input without mutating it', () => {
    const input = deepFreeze(good());
    const before = JSON.stringify(input);
    expect(safeParseRecord(input, { catalog }).success).toBe(true);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('parseRecord throws CredstackError with the issues', () => {
    expect(() => parseRecord({ achievements: [{}] })).toThrow(CredstackError);
  });
});

describe('safeParseRecord on hostile input', () => {
  const revoked = (() => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  })();

  // Before: each of these threw a TypeError.
  it.each([
    ['null options', null, ['options']],
    ['a string for options', 'catalog', ['options']],
    ['a plain object for the catalog', { catalog: {} }, ['options', 'catalog']],
    ['a Proxy of a real catalog', { catalog: new Proxy(catalog, {}) }, ['options', 'catalog']],
    ['a revoked Proxy for options', revoked, ['options']],
    ['a maxNodes that is not a count', { maxNodes: -1 }, ['options', 'maxNodes']],
  ])('returns invalid_option for %s', (_, options, path) => {
    const r = safeParseRecord(good(), options as never);
    expect(r.success ? [] : r.issues).toEqual([expect.objectContaining({ code: 'invalid_option', path })]);
  });

  it('turns a getter that throws or a revoked Proxy in the record into an issue at its path', () => {
    const record = good() as Record<string, unknown>;
    Object.defineProperty(record['learner'], 'name', { get: () => { throw new Error('no'); }, enumerable: true });
    expect(issuesOf(record)).toEqual([expect.objectContaining({ code: 'invalid_type', path: ['learner', 'name'] })]);
    expect(issuesOf(revoked)).toEqual([expect.objectContaining({ code: 'invalid_type', path: [] })]);
    expect(issuesOf({ achievements: [revoked] })).toEqual([expect.objectContaining({ code: 'invalid_type', path: ['achievements', 0] })]);
  });

  it('reads each getter once: what it returned is what is checked', () => {
    let reads = 0;
    const achievement = { id: 'a1', earnedOn: '2023-05-20', get unit() { reads++; return reads === 1 ? 'C1' : 'nowhere'; } };
    const r = safeParseRecord({ achievements: [achievement] }, { catalog });
    expect(r.success).toBe(true);
    if (r.success) expect(r.data.achievements[0]?.unit).toBe('C1');
  });

  it('refuses a record larger than maxNodes or maxSize', () => {
    expect(safeParseRecord(good(), { maxNodes: 10 })).toMatchObject({ success: false, issues: [expect.objectContaining({ code: 'too_large' })] });
    expect(safeParseRecord('achievements: []', { maxSize: 5 })).toMatchObject({ success: false, issues: [expect.objectContaining({ code: 'too_large' })] });
    expect(safeParseRecord(good(), { catalog, maxNodes: 1000, maxSize: 1000 }).success).toBe(true);
  });

  it('refuses credits past the maximum in an achievement or a credit exception', () => {
    const record = { achievements: [{ id: 'a1', unit: 'C1', earnedOn: '2023-05-20', credits: { value: 1e308, system: 'ects' } }] };
    expect(issuesOf(record)).toEqual([expect.objectContaining({ code: 'invalid_credits', path: ['achievements', 0, 'credits', 'value'] })]);
  });

  it('reports a key given twice in JSON text', () => {
    expect(issuesOf('{"achievements": [], "achievements": []}')).toEqual([expect.objectContaining({ code: 'duplicate_key', line: 1 })]);
  });
});
