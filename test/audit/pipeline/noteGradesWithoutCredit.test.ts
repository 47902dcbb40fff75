import { describe, expect, it } from 'vitest';
import { parseCatalog, safeAudit } from '../../../src/index.js';

const scale = { id: 'us-letter', grades: [{ grade: 'A', points: 4 }, { grade: 'B', points: 3 }, { grade: 'C', points: 2 }, { grade: 'F', points: 0 }], passing: 'C' };
const catalogWith = (gpaMean?: 'plain'): ReturnType<typeof parseCatalog> =>
  parseCatalog({
    gradeScales: [scale],
    units: [
      { id: 'MGMT401', kind: 'course', title: 'Operations Management', credits: { value: 4, system: 'us-semester' } },
      { id: 'SEM', kind: 'course', title: 'Seminar, no credit' },
      {
        id: 'cert', kind: 'certificate', title: 'Certificate',
        policies: { creditSystem: 'us-semester', minGpa: 3, ...(gpaMean && { gpaMean }) },
        requirements: { all: [{ id: 'ops', unit: 'MGMT401' }, { id: 'sem', unit: 'SEM' }] },
      },
    ],
  });
const record = {
  achievements: [
    { id: 'a1', unit: 'MGMT401', earnedOn: '2023-01-15', grade: { scale: 'us-letter', value: 'A' } },
    { id: 'a2', unit: 'SEM', earnedOn: '2023-05-15', grade: { scale: 'us-letter', value: 'C' } },
  ],
};

describe('graded achievements that count no credit', () => {
  it('are left out of a credit-weighted GPA, with a warning naming them', () => {
    const r = safeAudit(catalogWith(), record, 'cert', { asOf: '2024-01-01' });
    if (!r.success) throw new Error('audit failed');
    // The seminar's C weighs nothing: the GPA is the A's 4.0.
    expect(r.data.policies.find((p) => p.policy === 'minGpa')).toMatchObject({ met: true, message: 'GPA 4; needs 3' });
    expect(r.warnings.map((w) => [w.code, w.path.join('.')])).toEqual([['grade_without_credit', 'record.achievements.1']]);
  });

  it('count like any other grade in a plain mean, and no warning is needed', () => {
    const r = safeAudit(catalogWith('plain'), record, 'cert', { asOf: '2024-01-01' });
    if (!r.success) throw new Error('audit failed');
    expect(r.data.policies.find((p) => p.policy === 'minGpa')).toMatchObject({ met: true, message: 'GPA 3; needs 3' });
    expect(r.warnings).toEqual([]);
  });
});
