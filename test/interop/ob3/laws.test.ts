import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { safeImportOpenBadge } from '../../../src/interop/ob3/safeImportOpenBadge.js';
import { importOpenBadge } from '../../../src/interop/ob3/importOpenBadge.js';
import { safeImportClr } from '../../../src/interop/clr/safeImportClr.js';
import type { CredentialImport } from '../../../src/interop/ob3/CredentialImport.js';
import { CredstackError } from '../../../src/issues/CredstackError.js';
import { ISSUE_CODES } from '../../../src/issues/issueCode.js';
import type { SafeResult } from '../../../src/issues/Result.js';
import { safeParseRecord } from '../../../src/record/safeParseRecord.js';
import { safeParseCatalog } from '../../../src/catalog/safeParseCatalog.js';
import { propertyRuns } from '../../_helpers/propertyRuns.js';
import { deepFreeze, fixtureJson, fixtureText, leafPaths, valueAt } from '../vc/fixtures.js';

const OB3 = ['ob3/simple.json', 'ob3/simple_v1.json', 'ob3/complete.json', 'ob3/simple-eddsa-2022.json', 'ob3/simple-err-expired.json', 'ob3/credential-status-revoked.json', 'edc/open-badge-mc-example.json'];

/** Only the library's own issues come out, and what comes out is valid. */
function wellFormed(result: SafeResult<CredentialImport>): void {
  const issues = result.success ? result.warnings : result.issues;
  for (const i of issues) {
    expect(ISSUE_CODES).toContain(i.code);
    expect(Array.isArray(i.path)).toBe(true);
    expect(typeof i.message).toBe('string');
  }
  if (!result.success) {
    expect(result.issues.length).toBeGreaterThan(0);
    return;
  }
  const record = safeParseRecord(result.data.record);
  if (!record.success) throw new Error(`record does not parse: ${JSON.stringify(record.issues)}`);
  if (result.data.catalog) {
    const catalog = safeParseCatalog(result.data.catalog);
    if (!catalog.success) throw new Error(`catalog parts do not parse: ${JSON.stringify(catalog.issues)}`);
    const checked = safeParseRecord(result.data.record, { catalog: catalog.data });
    if (!checked.success) throw new Error(`record does not parse against its parts: ${JSON.stringify(checked.issues)}`);
  }
}

/** Every path to a node of plain data, the root first. */
function nodePaths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [at];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return [at, ...entries.flatMap(([k, v]) => nodePaths(v, [...at, k]))];
}

function mutate(doc: Record<string, unknown>, pick: number, value: unknown, remove: boolean): Record<string, unknown> {
  const paths = nodePaths(doc).slice(1);
  const path = paths[pick % paths.length]!;
  const parent = valueAt(doc, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path[path.length - 1]!;
  if (remove && !Array.isArray(parent)) delete parent[key];
  else parent[key] = value;
  return doc;
}

const options = fc.record({ asOf: fc.constantFrom(undefined, '2024-06-30'), catalogParts: fc.boolean(), creditSystem: fc.constantFrom(undefined, 'ects') }, { requiredKeys: [] });

describe('bad input gets issues, never an exception', () => {
  it('holds for arbitrary JSON values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), async (value) => {
        wellFormed(await safeImportOpenBadge(value));
        wellFormed(await safeImportClr(value));
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  it('holds for arbitrary text, JWT-like text among it', async () => {
    const jwtLike = fc.array(fc.base64String(), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('.').replace(/[+/]/g, '-'));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), jwtLike, fc.json().map((j) => `{"a":${j}}`)), async (text) => {
        wellFormed(await safeImportOpenBadge(text));
        wellFormed(await safeImportClr(text));
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  it('holds for real credentials with one part replaced or removed, and what imports is a valid record and catalog', async () => {
    const clr = ['clr2/simple.json', 'clr2/complex.json', 'clr2/simple-noproof.json'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...OB3, ...clr), fc.nat(), fc.jsonValue({ maxDepth: 3 }), fc.boolean(), options, async (name, pick, value, remove, opts) => {
        const doc = mutate(fixtureJson(name), pick, value, remove);
        const clean = Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined));
        wellFormed(name.startsWith('clr2') ? await safeImportClr(doc, { ...clean, onInvalidCredential: 'skip' }) : await safeImportOpenBadge(doc, clean));
      }),
      { numRuns: propertyRuns(400) },
    );
  });

  it('refuses options that are not options with invalid_option issues', async () => {
    for (const bad of [null, 5, { asOf: '2024-13-01' }, { verifiers: [{}] }, { gradeScales: { Bogus: 'x' } }, { catalog: {} }, { trustHeaderKey: 'yes' }, { algorithms: [] }, { maxNodes: 0 }]) {
      const result = await safeImportOpenBadge(fixtureText('ob3/simple.json'), bad as never);
      expect(!result.success && result.issues.every((i) => i.code === 'invalid_option')).toBe(true);
    }
    const clr = await safeImportClr(fixtureText('clr2/simple.json'), { onInvalidCredential: 'maybe' as never });
    expect(!clr.success && clr.issues[0]!.path).toEqual(['options', 'onInvalidCredential']);
  });

  it('refuses a credential nested so deeply that the record keeping it would pass the depth limit', async () => {
    const doc = fixtureJson('ob3/simple.json');
    let deep: unknown = 'bottom';
    for (let i = 0; i < 197; i++) deep = [deep];
    doc['evidence'] = deep;
    const result = await safeImportOpenBadge(doc);
    expect(!result.success && result.issues[0]!.code).toBe('too_deep');
    expect(!result.success && result.issues[0]!.message).toContain('record or catalog keeping it');
  });

  it('refuses text larger than maxSize and documents with more nodes than maxNodes', async () => {
    const big = await safeImportOpenBadge(fixtureText('ob3/complete.json'), { maxSize: 100 });
    expect(!big.success && big.issues[0]!.code).toBe('too_large');
    const many = await safeImportClr(fixtureJson('clr2/complex.json'), { maxNodes: 50 });
    expect(!many.success && many.issues[0]!.code).toBe('too_large');
  });
});

describe('purity', () => {
  it('never changes the input, works on deep-frozen input, and gives the same result for the same call', async () => {
    for (const name of OB3) {
      const input = fixtureJson(name);
      const before = JSON.stringify(input);
      const first = await safeImportOpenBadge(input, { asOf: '2024-06-30', catalogParts: true });
      expect(JSON.stringify(input)).toBe(before);
      const frozen = await safeImportOpenBadge(deepFreeze(fixtureJson(name)), { asOf: '2024-06-30', catalogParts: true });
      expect(JSON.stringify(frozen)).toBe(JSON.stringify(first));
    }
    const clr = deepFreeze(fixtureJson('clr2/complex.json'));
    const one = await safeImportClr(clr, { catalogParts: true });
    const two = await safeImportClr(clr, { catalogParts: true });
    expect(one.success).toBe(true);
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  });

  it('hands back deep-frozen data', async () => {
    const result = await safeImportOpenBadge(fixtureText('ob3/complete.json'), { catalogParts: true });
    expect(result.success && Object.isFrozen(result.data.record.achievements[0]!.extensions)).toBe(true);
    expect(result.success && Object.isFrozen(result.data.catalog!.units)).toBe(true);
  });
});

describe('round trip: nothing of a credential is lost', () => {
  it.each(OB3)('keeps every value of %s in extensions.ob3, where it was', async (name) => {
    const source = fixtureJson(name);
    const result = await safeImportOpenBadge(source, { catalogParts: true });
    if (!result.success) throw new Error(JSON.stringify(result.issues));
    const kept = (result.data.record.achievements[0]!.extensions!['ob3'] as { credential: unknown }).credential;
    const subject = leafPaths(source['credentialSubject'], ['credentialSubject']);
    expect(subject.length).toBeGreaterThan(3);
    for (const path of leafPaths(source)) expect(valueAt(kept, path), path.join('.')).toEqual(valueAt(source, path));
    expect(kept).toEqual(source);
    const unit = result.data.catalog!.units[0]!;
    expect(unit.extensions!['ob3']).toEqual((source['credentialSubject'] as Record<string, unknown>)['achievement']);
  });
});

describe('importOpenBadge', () => {
  it('returns the data of the safe form, and rejects bad input with a CredstackError carrying the issues', async () => {
    const data = await importOpenBadge(fixtureText('ob3/simple.json'));
    expect(data.record.achievements[0]!.earnedOn).toBe('2010-01-01');
    const error = await importOpenBadge(fixtureText('ob3/simple-err-issuer.json')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredstackError);
    expect((error as CredstackError).issues[0]).toMatchObject({ code: 'invalid_type', path: ['issuer'] });
    expect((error as CredstackError).message).toContain('Open Badge');
  });
});
