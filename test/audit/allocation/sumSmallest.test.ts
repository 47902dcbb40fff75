import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sumSmallest } from '../../../src/audit/allocation/sumSmallest.js';
import { propertyRuns } from '../../_helpers/propertyRuns.js';

describe('sumSmallest', () => {
  it('sums the k smallest', () => {
    expect(sumSmallest([5, 1, 4, 2], 4, 2)).toBe(3);
    expect(sumSmallest([3, 3, 3, 1], 4, 3)).toBe(7);
    expect(sumSmallest(Float64Array.from([9, 8, 7]), 3, 1)).toBe(7);
  });

  it('sums every entry when k reaches n, nothing when k is 0, and reads only the first n', () => {
    expect(sumSmallest([2, 4, 100], 2, 5)).toBe(6);
    expect(sumSmallest([2, 4], 2, 0)).toBe(0);
    expect(sumSmallest([50, 1, 2, 0], 3, 1)).toBe(1);
  });

  it('agrees with sorting, on whole and half credits, with ties', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 12 }).map((v) => v / 2), { maxLength: 60 }), fc.nat(70), (values, k) => {
        const sorted = [...values].sort((a, b) => a - b);
        const expected = sorted.slice(0, Math.min(k, values.length)).reduce((a, b) => a + b, 0);
        expect(sumSmallest([...values], values.length, k)).toBe(expected);
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});
