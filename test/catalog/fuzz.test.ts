import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { propertyRuns } from '../_helpers/propertyRuns.js';
import { safeParseCatalog } from '../../src/catalog/safeParseCatalog.js';
import { safeParseRecord } from '../../src/record/safeParseRecord.js';
import { ISSUE_CODES } from '../../src/issues/issueCode.js';
import { smallCatalog } from '../_helpers/catalogs.js';
import { parseCatalog } from '../../src/catalog/parseCatalog.js';
import { safeAudit } from '../../src/audit/safeAudit.js';

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

/** Text nesting `depth` levels in one of the ways YAML and JSON allow, closed or not. */
const deepText = fc
  .record({
    depth: fc.integer({ min: 150, max: 6000 }),
    style: fc.constantFrom('flow-seq', 'flow-map', 'block-map', 'block-seq', 'compact', 'mixed'),
    closed: fc.boolean(),
    prefix: fc.constantFrom('', 'units:\n  - ', 'achievements: ', '{"units": '),
  })
  .map(({ depth, style, closed, prefix }) => {
    const lines = (line: (i: number) => string): string => Array.from({ length: depth }, (_, i) => line(i)).join('\n');
    switch (style) {
      case 'flow-seq':
        return `${prefix}${'['.repeat(depth)}${closed ? ']'.repeat(depth) : ''}`;
      case 'flow-map':
        return `${prefix}${'{"a": '.repeat(depth)}1${closed ? '}'.repeat(depth) : ''}`;
      case 'block-map':
        return `${prefix}\n${lines((i) => `${' '.repeat(i + 4)}k${i}:`)} x`;
      case 'block-seq':
        return `${prefix}\n${lines((i) => `${' '.repeat(i + 4)}-`)} x`;
      case 'compact':
        return `${prefix}${'- '.repeat(depth)}x`;
      default:
        return `${prefix}${lines((i) => `${' '.repeat(i % 50)}- [{a: `)}`;
    }
  });

/** JSON or YAML with one key given twice somewhere. */
const twiceText = fc
  .record({ key: fc.constantFrom('id', 'units', '__proto__', 'a b', 'é'), inner: fc.boolean(), json: fc.boolean(), value: fc.jsonValue({ maxDepth: 2 }) })
  .map(({ key, inner, json, value }) => {
    const v = JSON.stringify(value) ?? 'null';
    const object = `{${JSON.stringify(key)}: ${v}, "other": 1, ${JSON.stringify(key)}: ${v}}`;
    const body = inner ? `{"units": [${object}]}` : object;
    return json ? body : `${inner ? 'units:\n  - ' : ''}${JSON.stringify(key)}: ${v}\n${inner ? '    ' : ''}${JSON.stringify(key)}: 2\n`;
  });

describe('every parser on hostile text', () => {
  for (const [name, parse] of PARSERS) {
    it(`${name} refuses deep nesting with its own issue`, () => {
      fc.assert(
        fc.property(deepText, (text) => {
          const result = parse(text);
          checkOutcome(result);
          expect(result.success).toBe(false);
        }),
        { numRuns: propertyRuns(40) },
      );
    }, 60_000);

    it(`${name} reports keys given twice`, () => {
      fc.assert(
        fc.property(twiceText, (text) => {
          const result = parse(text);
          checkOutcome(result);
          expect(result.success ? [] : result.issues.map((i) => i.code)).toContain('duplicate_key');
        }),
        { numRuns: propertyRuns(100) },
      );
    });
  }
});

describe('the audit on long patterns and long ids', () => {
  const pattern = fc.array(fc.constantFrom('%', '%', '*', 'a', 'b'), { minLength: 1, maxLength: 40 }).map((cs) => cs.join(''));
  const id = fc.record({ run: fc.integer({ min: 1, max: 5000 }), tail: fc.constantFrom('', 'b', 'ab') }).map(({ run, tail }) => `${'a'.repeat(run)}${tail}`);

  it('matches in time linear in the ids, and reports only its own issues', () => {
    fc.assert(
      fc.property(pattern, fc.uniqueArray(id, { minLength: 1, maxLength: 5 }), (p, ids) => {
        const units = [
          ...ids.map((unitId) => ({ id: unitId, kind: 'course', title: 'T', credits: { value: 1, system: 'ects' } })),
          { id: 'P', kind: 'degree', title: 'P', requirements: { select: { patterns: [p] }, min: { count: 1 } } },
        ];
        const parsed = safeParseCatalog({ units });
        checkOutcome(parsed);
        if (!parsed.success) return;
        const outcome = safeAudit(parsed.data, { achievements: ids.map((unit, i) => ({ id: `a${i}`, unit, earnedOn: '2023-01-01' })) }, 'P');
        if (!outcome.success) for (const i of outcome.issues) expect(codes.has(i.code)).toBe(true);
        else expect(typeof outcome.data.satisfied).toBe('boolean');
      }),
      { numRuns: propertyRuns(60) },
    );
  }, 60_000);
});
