import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../../src/catalog/parseCatalog.js';
import { parseRecord } from '../../../src/record/parseRecord.js';
import { selectEligible } from '../../../src/audit/pipeline/selectEligible.js';
import { smallCatalog, course } from '../../_helpers/catalogs.js';
import { contextFor } from './context.js';

const doc = smallCatalog();
doc.units.push(course('CERT', { validity: 'P3Y', provider: 'uni' }));
const catalog = parseCatalog(doc);

const record = parseRecord({
  achievements: [
    { id: 'ok', unit: 'C1', earnedOn: '2023-01-10', grade: { scale: 'letter', value: 'B' } },
    { id: 'failed-grade', unit: 'C2', earnedOn: '2023-01-10', grade: { scale: 'letter', value: 'F' } },
    { id: 'failed', unit: 'C2', earnedOn: '2023-01-10', status: 'failed' },
    { id: 'withdrawn', unit: 'C2', status: 'withdrawn' },
    { id: 'doing', unit: 'C3', status: 'in-progress' },
    { id: 'later', unit: 'C3', status: 'planned', earnedOn: '2025-01-01' },
    { id: 'future', unit: 'C3', earnedOn: '2024-07-01' },
    { id: 'expired', unit: 'C3', earnedOn: '2020-01-01', expiresOn: '2024-06-30' },
    { id: 'lapsed', unit: 'CERT', earnedOn: '2021-06-30' },
    { id: 'valid', unit: 'CERT', earnedOn: '2021-07-01' },
    { id: 'stranger', externalId: { scheme: 'ob3', id: 'urn:nothing' }, earnedOn: '2023-01-01' },
  ],
});

describe('selectEligible', () => {
  it('keeps eligible achievements and gives every other a reason', () => {
    const ctx = contextFor(catalog, '2024-06-30');
    const kept = selectEligible(record, ctx).map((c) => c.key);
    expect(kept).toEqual(['ok', 'valid']);
    const reasons = Object.fromEntries([...ctx.notes].map(([id, rs]) => [id, rs.map((r) => r.code)]));
    expect(reasons).toEqual({
      'failed-grade': ['grade_not_passing'],
      failed: ['failed'],
      withdrawn: ['withdrawn'],
      doing: ['in_progress'],
      later: ['planned'],
      future: ['earned_after_as_of'],
      expired: ['expired'],
      lapsed: ['expired'],
      stranger: ['unknown_unit'],
    });
  });

  it('lets look-ahead achievements in, dated when planned, else on the audit date', () => {
    const ctx = contextFor(catalog, '2024-06-30', { include: ['in-progress', 'planned'] });
    const kept = selectEligible(record, ctx);
    expect(kept.filter((c) => c.lookAhead).map((c) => [c.key, c.earnedOn, c.undated ?? false])).toEqual([
      ['doing', '2024-06-30', true],
      ['later', '2025-01-01', false],
    ]);
  });

  it('applies exclusions and credit overrides', () => {
    const ctx = contextFor(catalog, '2024-06-30', {
      exceptions: [
        { id: 'x', kind: 'exclude', achievement: 'ok', reason: 'duplicate transcript', author: 'registrar' },
        { id: 'c', kind: 'credit', achievement: 'valid', credits: { value: 2, system: 'ects' }, reason: 'short version', author: 'registrar' },
      ],
    });
    const kept = selectEligible(record, ctx);
    expect(kept.map((c) => [c.key, c.credits])).toEqual([['valid', { value: 2, system: 'ects' }]]);
    expect(ctx.notes.get('ok')?.[0]?.code).toBe('excluded');
  });
});
