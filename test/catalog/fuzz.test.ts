import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { propertyRuns } from '../_helpers/propertyRuns.js';
import { safeParseCatalog } from '../../src/catalog/safeParseCatalog.js';
import { safeParseRecord } from '../../src/record/safeParseRecord.js';
import { ISSUE_CODES } from '../../src/issues/issueCode.js';
import { smallCatalog } from '../_helpers/catalogs.js';
import { parseCatalog } from '../../src/catalog/parseCatalog.js';

const codes = new Set<string>(ISSUE_CODES);
const catalog = parseCatalog(smallCatalog());

/** Every parser, fed anything, returns a result with only the library's own issues. */
const PARSERS: [string, (input: unknown) => ReturnType<typeof safeParseCatalog> | ReturnType<typeof safeParseRecord>][] = [
  ['safeParseCatalog', (input) => safeParseCatalog(input)],
  ['safeParseRecord', (input) => safeParseRecord(input)],
  ['safeParseRecord with a catalog', (input) => safeParseRecord(input, { catalog })],
];

function checkOutcome(result: ReturnType<typeof safeParseCatalog> | ReturnType<typeof safeParseRecord>): void {
  if (result.success) return;
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(codes.has(issue.code)).toBe(true);
    expect(Array.isArray(issue.path)).toBe(true);
    expect(typeof issue.message).toBe('string');
  }
}

/** Documents close to valid ones, so the fuzzer gets past the first check. */
const nearCatalog = fc.record({
  units: fc.array(
    fc.record({
      id: fc.oneof(fc.constantFrom('C1', 'C2', '__proto__', 'constructor', ''), fc.string()),
      kind: fc.oneof(fc.constantFrom('course', 'degree', 'micro-credential'), fc.string()),
      title: fc.string(),
      credits: fc.option(fc.record({ value: fc.double(), system: fc.constantFrom('ects', 'us-semester', 'x') }), { nil: undefined }),
      requirements: fc.option(fc.jsonValue(), { nil: undefined }),
      prerequisites: fc.option(fc.record({ unit: fc.constantFrom('C1', 'C2') }), { nil: undefined }),
    }, { requiredKeys: ['id', 'kind', 'title'] }),
  ),
});

describe('every parser on arbitrary input', () => {
  for (const [name, parse] of PARSERS) {
    it(`${name} returns only its own issues for arbitrary JSON values`, () => {
      fc.assert(fc.property(fc.jsonValue(), (value) => checkOutcome(parse(value))), { numRuns: propertyRuns(300) });
    });
    it(`${name} returns only its own issues for arbitrary text`, () => {
      fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (text) => checkOutcome(parse(text))), { numRuns: propertyRuns(300) });
    });
    it(`${name} survives arbitrary objects with odd keys and numbers`, () => {
      const odd = fc.anything({ key: fc.constantFrom('__proto__', 'constructor', 'units', 'achievements', 'id', 'all'), withNullPrototype: true, withMap: false, withSet: false });
      fc.assert(fc.property(odd, (value) => checkOutcome(parse(value))), { numRuns: propertyRuns(300) });
    });
  }

  it('safeParseCatalog handles near-valid catalogs', () => {
    fc.assert(fc.property(nearCatalog, (doc) => checkOutcome(safeParseCatalog(doc))), { numRuns: propertyRuns(300) });
  });
});
