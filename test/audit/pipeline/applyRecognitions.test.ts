import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../../src/catalog/parseCatalog.js';
import { parseRecord } from '../../../src/record/parseRecord.js';
import { selectEligible } from '../../../src/audit/pipeline/selectEligible.js';
import { applyRecognitions } from '../../../src/audit/pipeline/applyRecognitions.js';
import { smallCatalog, course } from '../../_helpers/catalogs.js';
import { contextFor } from './context.js';

const doc = smallCatalog();
doc.organisations!.push({ id: 'mooc', name: 'MOOC', kind: 'platform', accreditations: [{ by: 'emc', from: '2022-01-01', until: '2022-12-31' }] });
doc.units.push(course('EXT', { provider: 'mooc', subjects: ['cs'] }));
doc.recognitions = [
  {
    id: 'r',
    institution: 'uni',
    from: { ids: ['EXT'] },
    grants: { units: ['C2'] },
    conditions: { issuerAccreditedBy: 'emc', minGrade: { scale: 'letter', grade: 'B' } },
    validFrom: '2021-01-01',
  },
];
const catalog = parseCatalog(doc);

function run(achievements: object[]) {
  const ctx = contextFor(catalog, '2024-06-30');
  const pool = selectEligible(parseRecord({ achievements }), ctx);
  applyRecognitions(catalog.recognitions, pool, ctx, new Map());
  return { pool, ctx };
}

describe('applyRecognitions', () => {
  it('grants the local unit when the issuer was accredited on the day it was earned, keeping provenance', () => {
    const { pool } = run([{ id: 'a', unit: 'EXT', earnedOn: '2022-06-01', grade: { scale: 'letter', value: 'A' } }]);
    const granted = pool.find((c) => c.provenance.kind === 'recognized');
    expect(granted).toMatchObject({ unitId: 'C2', earnedOn: '2022-06-01', provenance: { kind: 'recognized', recognition: 'r', from: 'a' } });
    expect([...granted!.roots]).toEqual(['a']);
  });

  it('refuses, with a reason, an achievement earned outside the accreditation, below the grade, or before the agreement', () => {
    const { pool, ctx } = run([
      { id: 'late', unit: 'EXT', earnedOn: '2023-02-01', grade: { scale: 'letter', value: 'A' } },
      { id: 'low', unit: 'EXT', earnedOn: '2022-06-01', grade: { scale: 'letter', value: 'C' } },
      { id: 'early', unit: 'EXT', earnedOn: '2020-06-01', grade: { scale: 'letter', value: 'A' } },
    ]);
    expect(pool.some((c) => c.provenance.kind === 'recognized')).toBe(false);
    expect(ctx.notes.get('late')?.[0]?.message).toContain('accredited by "emc"');
    expect(ctx.notes.get('low')?.[0]?.code).toBe('recognition_condition');
    expect(ctx.notes.get('early')?.[0]?.code).toBe('recognition_dates');
  });

  it('looks at each source once, however often it runs', () => {
    const ctx = contextFor(catalog, '2024-06-30');
    const pool = selectEligible(parseRecord({ achievements: [{ id: 'a', unit: 'EXT', earnedOn: '2022-06-01', grade: { scale: 'letter', value: 'A' } }] }), ctx);
    const usage = new Map();
    expect(applyRecognitions(catalog.recognitions, pool, ctx, usage)).toBe(true);
    expect(applyRecognitions(catalog.recognitions, pool, ctx, usage)).toBe(false);
    expect(pool).toHaveLength(2);
  });
});
