import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../../src/catalog/parseCatalog.js';
import { audit } from '../../../src/audit/audit.js';
import type { Requirement } from '../../../src/model/requirement.js';
import type { AchievementInput } from '../../../src/model/achievement.js';

const AS_OF = '2024-06-30';

/** C1 and C2, a badge stacked from either, and a program needing the badge (and `also`). */
function catalogWith(badge: Requirement, also?: Requirement) {
  return parseCatalog({
    units: [
      { id: 'C1', kind: 'course', title: 'C1' },
      { id: 'C2', kind: 'course', title: 'C2' },
      { id: 'BADGE', kind: 'badge', title: 'Badge', validity: 'P1Y', requirements: badge },
      { id: 'P', kind: 'degree', title: 'P', requirements: { id: 'root', all: [{ id: 'badge', unit: 'BADGE' }, ...(also ? [also] : [])] } },
    ],
  });
}

const either: Requirement = { id: 'b', atLeast: 1, of: [{ id: 'b1', unit: 'C1' }, { id: 'b2', unit: 'C2' }] };
const run = (achievements: AchievementInput[], also?: Requirement) => audit(catalogWith(either, also), { achievements }, 'P', { asOf: AS_OF });

describe('stacking (inferComposites)', () => {
  it('takes only the parts a composite cannot do without, leaving the rest to the program', () => {
    const result = run(
      [
        { id: 'a1', unit: 'C1', earnedOn: '2024-01-10' },
        { id: 'a2', unit: 'C2', earnedOn: '2024-02-10' },
      ],
      { id: 'c1', unit: 'C1' },
    );
    expect(result.inferred).toEqual([{ id: 'inferred:BADGE', unit: 'BADGE', earnedOn: '2024-02-10', parts: ['a2'], lookAhead: false }]);
    expect(result.satisfied).toBe(true);
  });

  it('dates a composite by its most recent possible parts, so a retaken part renews it', () => {
    const result = run(
      [
        { id: 'old', unit: 'C1', earnedOn: '2021-03-01' },
        { id: 'new', unit: 'C1', earnedOn: '2024-03-01' },
      ],
    );
    expect(result.inferred.map((c) => [c.earnedOn, c.parts])).toEqual([['2024-03-01', ['new']]]);
    expect(result.satisfied).toBe(true);
  });

  it('prefers verified parts, then completed ones over look-ahead', () => {
    const result = audit(
      catalogWith(either),
      {
        achievements: [
          { id: 'unverified', unit: 'C1', earnedOn: '2024-05-01' },
          { id: 'verified', unit: 'C2', earnedOn: '2024-01-01', verified: true },
          { id: 'planned', unit: 'C1', status: 'planned', earnedOn: '2024-06-01' },
        ],
      },
      'P',
      { asOf: AS_OF, include: ['planned'] },
    );
    expect(result.inferred.map((c) => c.parts)).toEqual([['verified']]);
  });

  it('stacks a composite another way when the program needs a part it took', () => {
    const result = run(
      [
        { id: 'a1', unit: 'C1', earnedOn: '2024-01-10' },
        { id: 'a2', unit: 'C2', earnedOn: '2024-02-10' },
      ],
      { id: 'c2', unit: 'C2' },
    );
    expect(result.satisfied).toBe(true);
    // The preferred way (the later C2) is not the one used; the way the allocation chose is reported.
    expect(result.inferred).toEqual([{ id: 'inferred:BADGE~2', unit: 'BADGE', earnedOn: '2024-01-10', parts: ['a1'], lookAhead: false }]);
    expect(result.root.children.map((n) => n.applied.map((a) => a.achievement))).toEqual([['inferred:BADGE~2'], ['a2']]);
  });

  it('applies only one way of stacking a composite, and credit granted for one way excludes the others', () => {
    const catalog = parseCatalog({
      organisations: [{ id: 'uni', name: 'University', kind: 'university' }],
      units: [
        { id: 'C1', kind: 'course', title: 'C1' },
        { id: 'C2', kind: 'course', title: 'C2' },
        { id: 'BADGE', kind: 'badge', title: 'Badge', requirements: either },
        {
          id: 'P', kind: 'degree', title: 'P', provider: 'uni',
          requirements: { id: 'root', all: [{ id: 'credit', select: { tags: { any: ['badge-credit'] } }, min: { credits: 6 } }, { id: 'c2', unit: 'C2' }] },
        },
      ],
      recognitions: [{ id: 'r', institution: 'uni', from: { ids: ['BADGE'] }, grants: { credits: { value: 3, system: 'us-semester' }, tags: ['badge-credit'] } }],
    });
    const result = audit(
      catalog,
      {
        achievements: [
          { id: 'a1', unit: 'C1', earnedOn: '2024-01-10' },
          { id: 'a2', unit: 'C2', earnedOn: '2024-02-10' },
          { id: 'held', unit: 'BADGE', earnedOn: '2023-05-01' },
        ],
      },
      'P',
      { asOf: AS_OF },
    );
    // The held badge, the badge stacked from C2 and the one stacked from C1 are one credential: 3 credits, not 6 or 9.
    expect(result.root.children.find((c) => c.id === 'credit')!.progress.credits).toEqual({ applied: 3, needed: 6 });
    expect(result.satisfied).toBe(false);
  });
});

describe('stacking keys', () => {
  it('stay unique when a unit id looks like a variant of another', () => {
    const catalog = parseCatalog({
      units: [
        { id: 'C1', kind: 'course', title: 'C1' },
        { id: 'C2', kind: 'course', title: 'C2' },
        { id: 'B', kind: 'badge', title: 'B', requirements: either },
        { id: 'B~2', kind: 'badge', title: 'B~2', requirements: { id: 'b2', all: [{ id: 'b2-1', unit: 'C1' }] } },
        { id: 'P', kind: 'degree', title: 'P', requirements: { id: 'root', all: [{ id: 'b', unit: 'B' }, { id: 'c2', unit: 'C2' }, { id: 'b2', any: [{ id: 'x', unit: 'B~2' }, { id: 'y', unit: 'C2' }] }] } },
      ],
    });
    const result = audit(
      catalog,
      {
        achievements: [
          { id: 'a1', unit: 'C1', earnedOn: '2024-01-10' },
          { id: 'a2', unit: 'C2', earnedOn: '2024-02-10' },
        ],
      },
      'P',
      { asOf: AS_OF },
    );
    const ids = result.inferred.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(result.inferred.map((c) => c.unit).sort()).toEqual(['B', 'B~2']);
  });
});

describe('stacking with verified parts', () => {
  /** A two-course MicroMasters that asks for verified parts, and a program needing it. */
  const catalog = () => parseCatalog({
    units: [
      { id: 'C1', kind: 'course', title: 'C1' },
      { id: 'C2', kind: 'course', title: 'C2' },
      { id: 'MM', kind: 'micro-credential', title: 'MicroMasters', requirements: { id: 'mm', verified: true, all: [{ id: 'mm-1', unit: 'C1' }, { id: 'mm-2', unit: 'C2' }] } },
      { id: 'P', kind: 'degree', title: 'P', requirements: { id: 'root', all: [{ id: 'mm', unit: 'MM' }] } },
    ],
  });

  it('does not infer a composite that asks for verified parts from an unverified course', () => {
    const result = audit(
      catalog(),
      { achievements: [{ id: 'a1', unit: 'C1', earnedOn: '2024-01-10', verified: true }, { id: 'a2', unit: 'C2', earnedOn: '2024-02-10' }] },
      'P',
      { asOf: AS_OF },
    );
    expect(result.inferred).toEqual([]);
    expect(result.satisfied).toBe(false);
    expect(result.unused.find((u) => u.achievement === 'a2')!.reasons).toEqual([
      { code: 'not_verified', message: 'requirement "mm" takes only verified achievements; this achievement is not verified', requirement: 'mm' },
    ]);
  });

  it('infers it, verified, from verified parts', () => {
    const result = audit(
      catalog(),
      {
        achievements: [
          { id: 'a1', unit: 'C1', earnedOn: '2024-01-10', verified: true },
          { id: 'a2', unit: 'C2', earnedOn: '2024-02-10', verified: { method: 'vc-jwt' } },
        ],
      },
      'P',
      { asOf: AS_OF },
    );
    expect(result.inferred.map((c) => c.parts)).toEqual([['a1', 'a2']]);
    expect(result.satisfied).toBe(true);
  });
});
