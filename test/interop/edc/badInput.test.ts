import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { safeImportEdc } from '../../../src/interop/edc/safeImportEdc.js';
import { importEdc } from '../../../src/interop/edc/importEdc.js';
import { CredstackError } from '../../../src/issues/CredstackError.js';
import { ISSUE_CODES } from '../../../src/issues/issueCode.js';
import { propertyRuns } from '../../_helpers/propertyRuns.js';
import { deepFreeze } from '../../_helpers/deepFreeze.js';
import { edcSample, smallEdc } from './edcFixture.js';

const CLAIM = ['credentialSubject', 'hasClaim'];
const SPEC = [...CLAIM, 'specifiedBy'];
type Credential = Record<string, any>;

function issuesOf(input: unknown, options?: unknown): [string, readonly (string | number)[]][] {
  const result = safeImportEdc(input, options as never);
  return result.success ? [] : result.issues.map((i) => [i.code, i.path]);
}

function changed(change: (credential: Credential) => void): Credential {
  const credential = smallEdc();
  change(credential);
  return credential;
}

describe('safeImportEdc on bad input', () => {
  it.each<[string, unknown, string, (string | number)[]]>([
    ['not an object', 'just text', 'invalid_type', []],
    ['a list', [smallEdc()], 'invalid_type', []],
    ['no subject', changed((c) => delete c['credentialSubject']), 'invalid_type', ['credentialSubject']],
    ['no claim', changed((c) => delete c['credentialSubject'].hasClaim), 'invalid_type', CLAIM],
    ['only other claims', changed((c) => (c['credentialSubject'].hasClaim = { type: 'LearningActivity' })), 'invalid_type', CLAIM],
    ['no title anywhere', changed((c) => { delete c['credentialSubject'].hasClaim.title; delete c['credentialSubject'].hasClaim.specifiedBy.title; }), 'invalid_type', [...SPEC, 'title']],
    ['a title that is a number', changed((c) => (c['credentialSubject'].hasClaim.specifiedBy.title = 5)), 'invalid_type', [...SPEC, 'title']],
    ['credit points that are words', changed((c) => (c['credentialSubject'].hasClaim.specifiedBy.creditPoint.point = 'five')), 'invalid_credits', [...SPEC, 'creditPoint', 'point']],
    ['negative credit points', changed((c) => (c['credentialSubject'].hasClaim.specifiedBy.creditPoint.point = -3)), 'invalid_credits', [...SPEC, 'creditPoint', 'point']],
    ['a volume that is no duration', changed((c) => (c['credentialSubject'].hasClaim.specifiedBy.volumeOfLearning = 'forty hours')), 'invalid_duration', [...SPEC, 'volumeOfLearning']],
    ['an EQF level past 8', changed((c) => (c['credentialSubject'].hasClaim.specifiedBy.eqfLevel = { id: 'http://data.europa.eu/snb/eqf/9' })), 'invalid_value', [...SPEC, 'eqfLevel']],
    ['an impossible date', changed((c) => (c['credentialSubject'].hasClaim.awardedBy.awardingDate = '2025-02-30')), 'invalid_date', [...CLAIM, 'awardedBy', 'awardingDate']],
    ['no date at all', changed((c) => { delete c['issued']; delete c['credentialSubject'].hasClaim.awardedBy.awardingDate; }), 'invalid_type', [...CLAIM, 'awardedBy', 'awardingDate']],
    ['an expiry before the award', changed((c) => (c['validUntil'] = '2024-01-01T00:00:00Z')), 'invalid_range', ['validUntil']],
    ['an awarding body without id', changed((c) => delete c['credentialSubject'].hasClaim.awardedBy.awardingBody.id), 'invalid_type', [...CLAIM, 'awardedBy', 'awardingBody', 'id']],
  ])('%s: an issue with its path', (_, input, code, path) => {
    expect(issuesOf(input)).toContainEqual([code, path]);
  });

  it('places issues in JSON text by line and column', () => {
    const text = JSON.stringify(changed((c) => (c['credentialSubject'].hasClaim.specifiedBy.volumeOfLearning = 'forty hours')), null, 2);
    const result = safeImportEdc(text);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues[0]).toMatchObject({ code: 'invalid_duration', line: expect.any(Number), column: expect.any(Number) });
  });

  it.each<[string, unknown, (string | number)[]]>([
    ['options that are not an object', 'de', ['options']],
    ['an empty language', { language: '' }, ['options', 'language']],
    ['a grade scale that is a number', { gradeScale: 20 }, ['options', 'gradeScale']],
    ['a verification without method', { verified: { by: 'me' } }, ['options', 'verified']],
  ])('%s: invalid_option', (_, options, path) => {
    expect(issuesOf(smallEdc(), options)).toEqual([['invalid_option', path]]);
  });

  it('importEdc throws a CredstackError carrying the issues', () => {
    expect(() => importEdc({})).toThrow(CredstackError);
    try {
      importEdc({});
    } catch (error) {
      expect((error as CredstackError).issues[0]?.path).toEqual(['credentialSubject']);
    }
    expect(importEdc(smallEdc()).catalog.units).toHaveLength(1);
  });

  it('reads deep-frozen input without changing it', () => {
    const input = deepFreeze(edcSample());
    expect(safeImportEdc(input).success).toBe(true);
    expect(input).toEqual(edcSample());
  });
});

describe('safeImportEdc never crashes', () => {
  const codes = new Set<string>(ISSUE_CODES);
  const check = (input: unknown): void => {
    const result = safeImportEdc(input);
    const all = result.success ? result.warnings : result.issues;
    for (const issue of all) expect(codes.has(issue.code), issue.code).toBe(true);
    if (!result.success) expect(result.issues.length).toBeGreaterThan(0);
    // The fragments are checked before they are returned; an issue from that check is a bug of the importer.
    if (!result.success) for (const issue of result.issues) expect(issue.message).not.toContain('would not be valid');
  };

  it('on arbitrary JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), check), { numRuns: propertyRuns(300) });
  });

  it('on the small credential with any value put anywhere', () => {
    const paths = leafPaths(smallEdc());
    const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(null, [], {}, '', 'PT', '2025-13-01', '__proto__'));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...paths), anyValue), { minLength: 1, maxLength: 4 }), (changes) => {
        const credential = smallEdc();
        for (const [path, value] of changes) setAt(credential, path, value);
        check(credential);
      }),
      { numRuns: propertyRuns(500) },
    );
  });
});

/** Every path to an object, list or scalar of a value. */
function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const out = [path];
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) out.push(...leafPaths(child, [...path, Array.isArray(value) ? Number(key) : key]));
  }
  return out;
}

function setAt(root: Credential, path: readonly (string | number)[], value: unknown): void {
  let node: any = root;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return;
    node = node[key];
  }
  if (path.length > 0 && node !== null && typeof node === 'object') Object.defineProperty(node, path[path.length - 1]!, { value, enumerable: true, writable: true, configurable: true });
}
