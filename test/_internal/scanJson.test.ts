import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scanJson } from '../../src/_internal/scanJson.js';
import { countJsonKeys } from '../../src/_internal/countJsonKeys.js';
import { findDuplicateKey } from '../../src/_internal/findDuplicateKey.js';
import { valueAt } from '../../src/_internal/valueAt.js';
import { propertyRuns } from '../_helpers/propertyRuns.js';

/** Every value of plain data with its path, and how many object keys it holds. */
function walk(value: unknown, path: (string | number)[] = [], out: { paths: string[]; keys: number } = { paths: [], keys: 0 }) {
  out.paths.push(JSON.stringify(path));
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.keys++;
      walk(v, [...path, k], out);
    }
  }
  return out;
}

const json = fc.jsonValue({ maxDepth: 5 });

describe('scanJson', () => {
  it('finds every value at its place, with its path', () => {
    fc.assert(
      fc.property(json, (value) => {
        const text = JSON.stringify(value);
        const seen: string[] = [];
        scanJson(text, {
          value(path, offset) {
            seen.push(JSON.stringify(path));
            expect(text.slice(offset).startsWith(JSON.stringify(valueAt(value, path)))).toBe(true);
          },
        });
        expect(seen.sort()).toEqual(walk(value).paths.sort());
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  it('counts the keys of spaced-out text, and finds no key given twice where there is none', () => {
    fc.assert(
      fc.property(json, fc.constantFrom(0, 1, 2, '\t'), (value, space) => {
        const text = JSON.stringify(value, null, space);
        expect(countJsonKeys(text)).toBe(walk(value).keys);
        expect(findDuplicateKey(text)).toBeUndefined();
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  it('finds a key given twice, with the path of its object', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), json, { minKeys: 1, maxKeys: 4 }), fc.string(), (object, outer) => {
        const [key] = Object.keys(object);
        const inner = JSON.stringify(object).replace(/}$/, `,${JSON.stringify(key)}:null}`);
        const text = `{${JSON.stringify(outer)}:[${inner}]}`;
        expect(findDuplicateKey(text)).toMatchObject({ key, path: [outer, 0] });
        expect(countJsonKeys(text)).not.toBe(walk(JSON.parse(text)).keys);
      }),
      { numRuns: propertyRuns(200) },
    );
  });
});
