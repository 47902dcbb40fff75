import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../../src/catalog/parseCatalog.js';
import { parseRecord } from '../../../src/record/parseRecord.js';
import { selectEligible } from '../../../src/audit/pipeline/selectEligible.js';
import { applyRecognitions } from '../../../src/audit/pipeline/applyRecognitions.js';
import { inferComposites } from '../../../src/audit/pipeline/inferComposites.js';
import { compile } from '../../../src/audit/compile/compile.js';
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

describe('applyRecognitions: a condition of verification', () => {
  const verifiedDoc = smallCatalog();
  verifiedDoc.recognitions = [{ id: 'rv', institution: 'uni', from: { ids: ['MC'] }, grants: { units: ['C3'] }, conditions: { verified: true } }];
  const verifiedCatalog = parseCatalog(verifiedDoc);

  /** MC stacked from C1 and C2, then offered to the recognition. */
  function stackAndRecognise(achievements: object[]) {
    const ctx = contextFor(verifiedCatalog, '2024-06-30');
    const pool = selectEligible(parseRecord({ achievements }), ctx);
    const compiled = compile(verifiedCatalog, 'DEG');
    inferComposites(compiled.composites, pool, ctx, compiled.creditSystem, compiled.wanted);
    applyRecognitions([verifiedCatalog.recognition('rv')!], pool, ctx, new Map());
    return { pool, ctx };
  }

  it('tells a verified part of an unverified composite which parts are not verified, not that it is not', () => {
    const { pool, ctx } = stackAndRecognise([
      { id: 'good', unit: 'C1', earnedOn: '2023-01-10', verified: true },
      { id: 'bad', unit: 'C2', earnedOn: '2023-02-10' },
    ]);
    expect(pool.some((c) => c.provenance.kind === 'recognized')).toBe(false);
    const told = (id: string) => ctx.notes.get(id)!.find((r) => r.code === 'recognition_condition')!.message;
    expect(told('good')).not.toContain('this one is not verified');
    expect(told('good')).toBe('recognition "rv" asks for a verified achievement; MC (inferred:MC), which stands on this one, is not verified: bad is not');
    expect(told('bad')).toBe('recognition "rv" asks for a verified achievement; MC (inferred:MC) stands on this one, which is not verified');
    // An achievement recognised on its own is told it is not verified; a composite of verified parts is recognised.
    const held = stackAndRecognise([{ id: 'held', unit: 'MC', earnedOn: '2023-01-10' }]);
    expect(held.ctx.notes.get('held')![0]!.message).toBe('recognition "rv" asks for a verified achievement; this one is not verified');
    const allVerified = stackAndRecognise([
      { id: 'good', unit: 'C1', earnedOn: '2023-01-10', verified: true },
      { id: 'also', unit: 'C2', earnedOn: '2023-02-10', verified: { method: 'transcript' } },
    ]);
    expect(allVerified.pool.filter((c) => c.provenance.kind === 'recognized').map((c) => [c.unitId, c.verified])).toEqual([['C3', true]]);
  });
});
