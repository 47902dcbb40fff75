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
