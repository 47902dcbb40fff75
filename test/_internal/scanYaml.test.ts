import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { scanYaml } from '../../src/_internal/scanYaml.js';
import { parseText } from '../../src/_internal/parseText.js';
import { MAX_DOCUMENT_DEPTH } from '../../src/_internal/readData.js';
import { DEFAULT_LIMITS } from '../../src/_internal/parseLimits.js';

/** Data nesting `kinds.length` containers (true: a list, false: an object), with a few siblings on the way (one level deeper at most). */
function nest(kinds: readonly boolean[], siblings: boolean): unknown {
  let value: unknown = 'leaf';
  kinds.forEach((list, i) => {
    const extra = siblings && i % 7 === 0;
    value = list ? (extra ? ['x', value, { k: 1 }] : [value]) : extra ? { a: 'x', b: value, c: [1] } : { b: value };
  });
  return value;
}

const styles = fc.record({
  indent: fc.constantFrom(1, 2, 4),
  indentSeq: fc.boolean(),
  collectionStyle: fc.constantFrom('any', 'block', 'flow'),
});

describe('scanYaml', () => {
  it('never refuses a document within the depth limit, however it is written', () => {
    const kinds = fc.array(fc.boolean(), { minLength: MAX_DOCUMENT_DEPTH - 10, maxLength: MAX_DOCUMENT_DEPTH - 1 });
    fc.assert(
      fc.property(kinds, fc.boolean(), styles, (chain, siblings, options) => {
        const text = stringify(nest(chain, siblings), options);
        expect(scanYaml(text, DEFAULT_LIMITS)).toBeUndefined();
        expect(parseText(text).ok).toBe(true);
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it('refuses what nests a few levels past the limit, however it is written', () => {
    const kinds = fc.array(fc.boolean(), { minLength: MAX_DOCUMENT_DEPTH + 5, maxLength: MAX_DOCUMENT_DEPTH + 40 });
    fc.assert(
      fc.property(kinds, fc.boolean(), styles, (chain, siblings, options) => {
        const text = stringify(nest(chain, siblings), options);
        const read = parseText(text);
        expect(read.ok ? [] : read.issues.map((i) => i.code)).toEqual(['too_deep']);
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it('tells brackets in plain text, quotes and comments from flow collections', () => {
    const text = Array.from({ length: 300 }, (_, i) => `k${i}: a [b { "[" '{' # [[[`).join('\n');
    expect(scanYaml(text, DEFAULT_LIMITS)).toBeUndefined();
  });

  it('counts nodes, and stops at the limit with the line it reached', () => {
    const text = Array.from({ length: 100 }, (_, i) => `k${i}: v`).join('\n');
    expect(scanYaml(text, { maxSize: 1e6, maxNodes: 250 })).toBeUndefined();
    expect(scanYaml(text, { maxSize: 1e6, maxNodes: 150 })).toMatchObject({ code: 'too_large', line: 75 });
  });
});
