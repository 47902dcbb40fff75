import { describe, expect, it } from 'vitest';
import { safeParseCatalog } from '../../../src/catalog/safeParseCatalog.js';

const letter = { id: 'us-letter', grades: [{ grade: 'A' }, { grade: 'B' }, { grade: 'C' }, { grade: 'F' }] };

/** The issues (code, path, message) of a catalog with these grade scales beside the letter scale. */
function issuesWith(...scales: unknown[]): [string, (string | number)[], string][] {
  const result = safeParseCatalog({ gradeScales: [letter, ...scales], units: [{ id: 'C1', kind: 'course', title: 'One' }] });
  return result.success ? [] : result.issues.map((i) => [i.code, [...i.path], i.message]);
}

const percent = (map: unknown[]): unknown => ({ id: 'percent', range: { min: 0, max: 100 }, conversions: [{ to: 'us-letter', map }] });

describe('checkGradeScales: conversions', () => {
  it('accepts thresholds in any order, as long as higher ones give grades at least as good', () => {
    expect(issuesWith(percent([{ from: 70, to: 'C' }, { from: 90, to: 'A' }, { from: 80, to: 'B' }, { from: 85, to: 'B' }]))).toEqual([]);
  });

  it('reports a higher threshold giving a worse grade', () => {
    expect(issuesWith(percent([{ from: 90, to: 'C' }, { from: 80, to: 'B' }]))).toEqual([
      [
        'invalid_value',
        ['gradeScales', 1, 'conversions', 0, 'map', 0, 'to'],
        'grade scale "percent"\'s conversion to "us-letter" gives 90 and above "C", worse than the "B" it gives 80; a higher threshold must not give a worse grade',
      ],
    ]);
  });

  it('reports a grade converted twice, on either kind of scale', () => {
    expect(issuesWith(percent([{ from: 90, to: 'A' }, { from: 90, to: 'A' }]))).toEqual([
      ['duplicate_id', ['gradeScales', 1, 'conversions', 0, 'map', 1, 'from'], 'grade scale "percent"\'s conversion to "us-letter" lists 90 twice'],
    ]);
    const ects = { id: 'ects', grades: [{ grade: 'A' }, { grade: 'B' }], conversions: [{ to: 'us-letter', map: [{ from: 'A', to: 'A' }, { from: 'A', to: 'B' }] }] };
    expect(issuesWith(ects).map(([code, path]) => [code, path])).toEqual([['duplicate_id', ['gradeScales', 1, 'conversions', 0, 'map', 1, 'from']]]);
  });

  it('still reports thresholds and grades that are not on their scales', () => {
    expect(issuesWith(percent([{ from: 120, to: 'A' }, { from: 80, to: 'Z' }])).map(([code, path]) => [code, path])).toEqual([
      ['invalid_grade', ['gradeScales', 1, 'conversions', 0, 'map', 0, 'from']],
      ['invalid_grade', ['gradeScales', 1, 'conversions', 0, 'map', 1, 'to']],
    ]);
  });

  it('does not read a lettered scale as thresholds', () => {
    const ects = { id: 'ects', grades: [{ grade: 'A' }, { grade: 'B' }], conversions: [{ to: 'us-letter', map: [{ from: 'A', to: 'C' }, { from: 'B', to: 'A' }] }] };
    expect(issuesWith(ects)).toEqual([]);
  });
});
