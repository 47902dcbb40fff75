import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectBest } from '../../../src/audit/allocation/selectBest.js';
import { propertyRuns } from '../../_helpers/propertyRuns.js';

/** Nodes ranked as the bound ranks them: more satisfied nodes, then more progress. */
function sortedRank(ranked: readonly number[], s: readonly number[], p: readonly number[]): number[] {
  return [...ranked].sort((a, b) => s[b]! - s[a]! || p[b]! - p[a]!);
}

const key = (x: number, s: readonly number[], p: readonly number[]): string => `${s[x]}/${p[x]}`;

describe('selectBest', () => {
  it('brings the k best to the front, the k-th best at k - 1', () => {
    const s = [0, 2, 1, 2, 1];
    const p = [0, 1, 5, 3, 2];
    const ranked = [0, 1, 2, 3, 4];
    selectBest(ranked, 5, 2, s, p);
    expect(new Set(ranked.slice(0, 2))).toEqual(new Set([1, 3]));
    expect(ranked[1]).toBe(1);
  });

  it('agrees with sorting on which figures the first k hold, and on the k-th', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ s: fc.integer({ min: 0, max: 3 }), p: fc.integer({ min: 0, max: 4 }) }), { minLength: 1, maxLength: 50 }),
        fc.nat(),
        (nodes, pick) => {
          const s = nodes.map((n) => n.s);
          const p = nodes.map((n) => n.p);
          const ranked = nodes.map((_, i) => i);
          const k = 1 + (pick % nodes.length);
          const sorted = sortedRank(ranked, s, p);
          selectBest(ranked, ranked.length, k, s, p);
          expect(new Set(ranked)).toEqual(new Set(sorted));
          expect(ranked.slice(0, k).map((x) => key(x, s, p)).sort()).toEqual(sorted.slice(0, k).map((x) => key(x, s, p)).sort());
          expect(key(ranked[k - 1]!, s, p)).toBe(key(sorted[k - 1]!, s, p));
        },
      ),
      { numRuns: propertyRuns(300) },
    );
  });
});
