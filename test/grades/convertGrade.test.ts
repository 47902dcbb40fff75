import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { convertGrade } from '../../src/grades/convertGrade.js';
import { gradeRank } from '../../src/grades/gradeRank.js';
import type { GradeScale } from '../../src/model/gradeScale.js';
import { audit } from '../../src/audit/audit.js';
import { parseCatalog } from '../../src/catalog/parseCatalog.js';
import { parseRecord } from '../../src/record/parseRecord.js';

const letter: GradeScale = { id: 'us-letter', grades: [{ grade: 'A', points: 4 }, { grade: 'B', points: 3 }, { grade: 'C', points: 2 }, { grade: 'F', points: 0 }] };
const percent: GradeScale = {
  id: 'percent',
  range: { min: 0, max: 100 },
  // Listed out of order on purpose: thresholds do not depend on the order.
  conversions: [{ to: 'us-letter', map: [{ from: 80, to: 'B' }, { from: 90, to: 'A' }, { from: 70, to: 'C' }] }],
};
const ects: GradeScale = {
  id: 'ects',
  grades: [{ grade: 'A' }, { grade: 'B' }, { grade: 'C' }, { grade: 'E' }],
  conversions: [{ to: 'us-letter', map: [{ from: 'A', to: 'A' }, { from: 'B', to: 'B' }] }, { to: 'percent', map: [{ from: 'A', to: 95 }] }],
};

describe('convertGrade from a numeric scale: thresholds', () => {
  it.each([
    [100, 'A'],
    [93.5, 'A'],
    [90, 'A'],
    [89.9, 'B'],
    [80, 'B'],
    [75, 'C'],
    [70, 'C'],
  ])('%s converts to %s', (value, expected) => {
    expect(convertGrade(percent, value, 'us-letter')).toBe(expected);
  });

  it('a grade below every threshold does not convert', () => {
    expect(convertGrade(percent, 69.99, 'us-letter')).toBeUndefined();
    expect(convertGrade(percent, 0, 'us-letter')).toBeUndefined();
  });

  it('a grade off the scale does not convert, however high', () => {
    expect(convertGrade(percent, 105, 'us-letter')).toBeUndefined();
    expect(convertGrade(percent, -1, 'us-letter')).toBeUndefined();
    expect(convertGrade(percent, Number.NaN, 'us-letter')).toBeUndefined();
    expect(convertGrade(percent, '93', 'us-letter')).toBeUndefined();
  });

  it('converts to numbers too (percent to a 0–20 scale)', () => {
    const scale: GradeScale = { id: 'p', range: { min: 0, max: 100 }, conversions: [{ to: 'fr', map: [{ from: 50, to: 10 }, { from: 90, to: 18 }] }] };
    expect(convertGrade(scale, 92, 'fr')).toBe(18);
    expect(convertGrade(scale, 60, 'fr')).toBe(10);
  });

  it('a better mark never converts to a worse grade (monotone thresholds)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (x, y) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        const a = convertGrade(percent, low, 'us-letter');
        const b = convertGrade(percent, high, 'us-letter');
        if (a !== undefined) expect(gradeRank(letter, b!)!).toBeGreaterThanOrEqual(gradeRank(letter, a)!);
      }),
    );
  });
});

describe('convertGrade from a lettered scale: exact', () => {
  it('converts the grades the table lists, and only those', () => {
    expect(convertGrade(ects, 'B', 'us-letter')).toBe('B');
    expect(convertGrade(ects, 'C', 'us-letter')).toBeUndefined();
    expect(convertGrade(ects, 'A', 'percent')).toBe(95);
  });

  it('keeps a grade on its own scale and converts nothing without a stated conversion', () => {
    expect(convertGrade(percent, 42, 'percent')).toBe(42);
    expect(convertGrade(percent, 95, 'ects')).toBeUndefined();
  });
});

describe('a minGrade bar through a threshold conversion, in an audit', () => {
  const catalog = parseCatalog(`
gradeScales:
  - { id: us-letter, grades: [{ grade: A }, { grade: B }, { grade: C }, { grade: F }] }
  - id: percent
    range: { min: 0, max: 100 }
    conversions: [{ to: us-letter, map: [{ from: 90, to: A }, { from: 80, to: B }, { from: 70, to: C }] }]
units:
  - { id: C1, kind: course, title: One }
  - id: P
    kind: certificate
    title: B or better
    requirements: { id: c1, unit: C1, minGrade: { scale: us-letter, grade: B } }
`);
  const satisfiedWith = (value: number): boolean => {
    const record = parseRecord({ achievements: [{ id: 'a1', unit: 'C1', earnedOn: '2024-01-10', grade: { scale: 'percent', value } }] });
    return audit(catalog, record, 'P', { asOf: '2024-06-01' }).satisfied;
  };

  it('counts 83.5 as a B and 79.9 as below it', () => {
    expect(satisfiedWith(83.5)).toBe(true);
    expect(satisfiedWith(80)).toBe(true);
    expect(satisfiedWith(79.9)).toBe(false);
  });
});
