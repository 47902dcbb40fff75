import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../../src/catalog/parseCatalog.js';
import { parseRecord } from '../../../src/record/parseRecord.js';
import { audit } from '../../../src/audit/audit.js';
import { selectEligible } from '../../../src/audit/pipeline/selectEligible.js';
import { chooseRetakes } from '../../../src/audit/pipeline/chooseRetakes.js';
import type { Policies } from '../../../src/model/policies.js';
import type { Requirement } from '../../../src/model/requirement.js';
import type { AchievementInput } from '../../../src/model/achievement.js';
import type { Exception } from '../../../src/model/exception.js';
import { contextFor } from './context.js';

const AS_OF = '2024-06-30';
const LETTER = { id: 'letter', grades: [{ grade: 'A', points: 4 }, { grade: 'B', points: 3 }, { grade: 'C', points: 2 }, { grade: 'F', points: 0 }], passing: 'C' };

/** C1 (4 credits) and C2, and a program P with the given requirements and retake policy. */
function catalogWith(requirements: Requirement, retakes?: Policies['retakes']) {
  return parseCatalog({
    gradeScales: [LETTER],
    units: [
      { id: 'C1', kind: 'course', title: 'C1', credits: { value: 4, system: 'us-semester' }, tags: ['core'] },
      { id: 'C2', kind: 'course', title: 'C2', credits: { value: 4, system: 'us-semester' }, tags: ['core'] },
      { id: 'P', kind: 'degree', title: 'P', policies: { creditSystem: 'us-semester', ...(retakes && { retakes }) }, requirements },
    ],
  });
}

const pool = { id: 'pool', select: { tags: { any: ['core'] } }, min: { credits: 8 } } satisfies Requirement;
const grade = (value: string) => ({ scale: 'letter', value });

/** Three attempts of C1: a B, then an A, then a C. */
const attempts: AchievementInput[] = [
  { id: 'b', unit: 'C1', earnedOn: '2023-01-15', grade: grade('B') },
  { id: 'a', unit: 'C1', earnedOn: '2023-09-15', grade: grade('A') },
  { id: 'c', unit: 'C1', earnedOn: '2024-05-10', grade: grade('C') },
];

/** The keys that stand after stage 1, and the retake reasons noted. */
function stand(achievements: AchievementInput[], retakes?: Policies['retakes'], exceptions: Exception[] = []) {
  const catalog = catalogWith(pool, retakes);
  const ctx = contextFor(catalog, AS_OF, { exceptions, include: ['planned'] });
  const kept = chooseRetakes(selectEligible(parseRecord({ achievements }), ctx), retakes, ctx).map((c) => c.key);
  const notes = [...ctx.notes].flatMap(([id, reasons]) => reasons.filter((r) => r.code === 'retake').map((r) => [id, r.instead]));
  return { kept, notes };
}

describe('retakes (chooseRetakes)', () => {
  it('counts a retaken unit once toward credits, in a select leaf', () => {
    const result = audit(catalogWith(pool), { achievements: attempts.slice(0, 2) }, 'P', { asOf: AS_OF });
    expect(result.totals.credits.applied).toBe(4);
    expect(result.satisfied).toBe(false);
    expect(result.unused).toEqual([
      { achievement: 'b', unit: 'C1', reasons: [{ code: 'retake', message: expect.stringContaining('a counts instead'), instead: 'a' }] },
    ]);
  });

  it('keeps the best grade by default, whatever the order of the record', () => {
    expect(stand(attempts)).toEqual({ kept: ['a'], notes: [['b', 'a'], ['c', 'a']] });
    expect(stand([...attempts].reverse()).kept).toEqual(['a']);
  });

  it('keeps the latest or the first attempt when the program says so', () => {
    expect(stand(attempts, 'latest')).toEqual({ kept: ['c'], notes: [['b', 'c'], ['a', 'c']] });
    expect(stand(attempts, 'first')).toEqual({ kept: ['b'], notes: [['a', 'b'], ['c', 'b']] });
  });

  it('breaks a tie in grade for a completed attempt, then for the latest, then by id', () => {
    const twoBs: AchievementInput[] = [
      { id: 'early', unit: 'C1', earnedOn: '2022-01-10', grade: grade('B') },
      { id: 'late', unit: 'C1', earnedOn: '2023-01-10', grade: grade('B') },
      { id: 'planned', unit: 'C1', status: 'planned', earnedOn: '2024-09-01', grade: grade('B') },
    ];
    expect(stand(twoBs).kept).toEqual(['late']);
    const sameDay: AchievementInput[] = [
      { id: 'y', unit: 'C1', earnedOn: '2022-01-10' },
      { id: 'x', unit: 'C1', earnedOn: '2022-01-10' },
    ];
    expect(stand(sameDay).kept).toEqual(['x']);
    expect(stand(sameDay, 'latest').kept).toEqual(['x']);
  });

  it('puts an ungraded attempt after a graded one, and compares grades on other scales through stated conversions', () => {
    const catalog = parseCatalog({
      gradeScales: [LETTER, { id: 'percent', range: { min: 0, max: 100 }, passing: 50, conversions: [{ to: 'letter', map: [{ from: 90, to: 'A' }, { from: 80, to: 'B' }, { from: 50, to: 'C' }] }] }],
      units: [{ id: 'C1', kind: 'course', title: 'C1' }, { id: 'P', kind: 'degree', title: 'P', requirements: { id: 'c1', unit: 'C1' } }],
    });
    const run = (achievements: AchievementInput[]) => {
      const ctx = contextFor(catalog, AS_OF);
      return chooseRetakes(selectEligible(parseRecord({ achievements }), ctx), 'best', ctx).map((c) => c.key);
    };
    expect(run([{ id: 'graded', unit: 'C1', earnedOn: '2022-01-10', grade: grade('C') }, { id: 'ungraded', unit: 'C1', earnedOn: '2023-01-10' }])).toEqual(['graded']);
    expect(run([
      { id: 'letter-b', unit: 'C1', earnedOn: '2023-01-10', grade: grade('B') },
      { id: 'percent-93', unit: 'C1', earnedOn: '2022-01-10', grade: { scale: 'percent', value: 93 } },
    ])).toEqual(['percent-93']);
  });

  it('lets an attempt an exception pins or substitutes count, and never one it excludes', () => {
    const pin: Exception = { id: 'x1', kind: 'pin', achievement: 'c', requirement: 'pool', reason: 'current syllabus', author: 'advisor' };
    const substitute: Exception = { id: 'x2', kind: 'substitute', achievement: 'b', requirement: 'pool', reason: 'equivalent', author: 'advisor' };
    const exclude: Exception = { id: 'x3', kind: 'exclude', achievement: 'a', reason: 'integrity finding', author: 'registrar' };
    expect(stand(attempts, 'best', [pin]).kept).toEqual(['c']);
    expect(stand(attempts, 'latest', [substitute]).kept).toEqual(['b']);
    expect(stand(attempts, 'best', [exclude]).kept).toEqual(['b']);
    const both = audit(catalogWith(pool), { achievements: attempts, exceptions: [pin, exclude] }, 'P', { asOf: AS_OF });
    expect(both.unused.map((u) => [u.achievement, u.reasons[0]!.code])).toEqual([['a', 'excluded'], ['b', 'retake']]);
    expect(both.unused[1]!.reasons[0]!.message).toContain('exception "x1"');
  });

  it('leaves attempts of different units, and a single attempt, alone', () => {
    const result = audit(catalogWith(pool), { achievements: [attempts[0]!, { id: 'd', unit: 'C2', earnedOn: '2023-02-01' }] }, 'P', { asOf: AS_OF });
    expect(result.satisfied).toBe(true);
    expect(result.unused).toEqual([]);
  });

  it('applies the same choice to the parts a composite stacks from', () => {
    const catalog = parseCatalog({
      gradeScales: [LETTER],
      units: [
        { id: 'C1', kind: 'course', title: 'C1' },
        { id: 'BADGE', kind: 'badge', title: 'Badge', requirements: { id: 'b', unit: 'C1', minGrade: { scale: 'letter', grade: 'B' } } },
        { id: 'P', kind: 'degree', title: 'P', policies: { retakes: 'latest' }, requirements: { id: 'badge', unit: 'BADGE' } },
      ],
    });
    // The A would complete the badge, but the program counts the latest attempt, a C.
    const result = audit(catalog, { achievements: attempts.slice(1) }, 'P', { asOf: AS_OF });
    expect(result.inferred).toEqual([]);
    expect(result.satisfied).toBe(false);
    expect(result.unused.find((u) => u.achievement === 'a')!.reasons.map((r) => r.code)).toEqual(['retake']);
  });
});
