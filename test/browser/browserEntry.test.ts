/**
 * The browser entry (src/browser.ts, shipped as `credstack/browser`): its
 * parsers read data and JSON text without the YAML parser, YAML comes in
 * through readYaml, and a bundle of it holds no YAML parser.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { audit, parseCatalog, parseRecord, rank, readYaml, safeAudit, safeParseCatalog, safeParseRecord, CredstackError } from '../../src/browser.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const catalogYaml = readFileSync(join(ROOT, 'examples', 'data', 'scm-catalog.yaml'), 'utf8');
const recordYaml = readFileSync(join(ROOT, 'examples', 'data', 'learner-scm.yaml'), 'utf8');
const catalogData = parse(catalogYaml) as unknown;
const recordData = parse(recordYaml) as unknown;

describe('credstack/browser parsers', () => {
  it('read plain data and JSON text, and audit a record given as JSON text', () => {
    const fromData = parseCatalog(catalogData);
    const fromJson = parseCatalog(JSON.stringify(catalogData, null, 2));
    expect(fromJson.toJSON()).toEqual(fromData.toJSON());
    const result = audit(fromJson, JSON.stringify(recordData), 'mit-scmb', { asOf: '2024-06-30' });
    expect(result.status).toBe('partial');
    expect(result.totals.credits).toMatchObject({ applied: 42, required: 90 });
    expect(rank(fromJson, JSON.stringify(recordData), { asOf: '2024-06-30' }).programs).toHaveLength(3);
  });

  it('refuse YAML text with one malformed issue that names readYaml', () => {
    const parsed = safeParseCatalog(catalogYaml);
    expect(parsed.success).toBe(false);
    if (!parsed.success) {
      expect(parsed.issues).toHaveLength(1);
      expect(parsed.issues[0]).toMatchObject({ code: 'malformed', path: [] });
      expect(parsed.issues[0]?.message).toMatch(/readYaml/);
    }
  });

  it('read record text audited against a browser catalog as JSON only', () => {
    const catalog = parseCatalog(catalogData);
    const outcome = safeAudit(catalog, recordYaml, 'mit-scmb', { asOf: '2024-06-30' });
    expect(outcome.success).toBe(false);
    if (!outcome.success) expect(outcome.issues[0]).toMatchObject({ code: 'malformed', path: ['record'] });
  });

  it('place malformed JSON at the line and column the engine names', () => {
    const parsed = safeParseRecord('{\n  "achievements": [\n    { "id": "a", }\n  ]\n}');
    expect(parsed.success).toBe(false);
    if (!parsed.success) {
      expect(parsed.issues).toEqual([expect.objectContaining({ code: 'malformed', line: 3, column: expect.any(Number) })]);
      expect(parsed.issues[0]?.message).toMatch(/^the text is not valid JSON: /);
      expect(parsed.issues[0]?.message).not.toMatch(/"achievements"/);
    }
  });

  it('find a key given twice in JSON text, and check limits before reading', () => {
    const twice = safeParseCatalog('{"units": [], "units": []}');
    expect(twice.success === false && twice.issues[0]).toMatchObject({ code: 'duplicate_key', path: [], line: 1 });
    const large = safeParseCatalog(JSON.stringify(catalogData), { maxSize: 100 });
    expect(large.success === false && large.issues[0]?.code).toBe('too_large');
  });

  it('throw CredstackError from the throwing forms', () => {
    expect(() => parseCatalog('[')).toThrow(CredstackError);
    expect(() => parseRecord({ achievements: 'none' })).toThrow(CredstackError);
  });
});

describe('readYaml', () => {
  it('reads YAML for the browser parsers, which then place issues in the YAML text', () => {
    const read = readYaml(catalogYaml);
    expect(read.success).toBe(true);
    if (!read.success) return;
    expect(parseCatalog(read.data).programs.map((p) => p.id)).toEqual(['mit-scmb', 'mit-scm', 'hes-almm']);
    const bad = readYaml('units:\n  - id: x\n    kind: nope\n    title: X\n');
    const parsed = bad.success ? safeParseCatalog(bad.data) : bad;
    expect(parsed.success === false && parsed.issues[0]).toMatchObject({ code: 'invalid_value', path: ['units', 0, 'kind'], line: 3 });
  });

  it('turns malformed YAML, bad options and non-text into issues', () => {
    expect(readYaml('a: [1, 2').success).toBe(false);
    expect(readYaml('a: 1', { maxSize: 0 }).success).toBe(false);
    expect(readYaml(42 as unknown as string)).toMatchObject({ success: false, issues: [{ code: 'invalid_type' }] });
  });
});

describe('a bundle of credstack/browser', () => {
  async function bundledPackages(names: string): Promise<Set<string>> {
    const result = await build({
      stdin: { contents: `export { ${names} } from './src/browser.ts';`, resolveDir: ROOT, loader: 'ts' },
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'browser',
      logLevel: 'silent',
    });
    // The inputs that put bytes in the bundle (the metafile also lists those read and shaken off).
    const kept = Object.values(result.metafile.outputs).flatMap((output) => Object.entries(output.inputs).filter(([, { bytesInOutput }]) => bytesInOutput > 0).map(([input]) => input));
    return new Set(kept.map((input) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? 'credstack'));
  }

  it('of safeParseCatalog and safeAudit holds no YAML parser', async () => {
    const packages = await bundledPackages('safeParseCatalog, safeAudit');
    expect(packages.has('yaml')).toBe(false);
    expect(packages.has('zod')).toBe(true);
  });

  it('of readYaml holds the YAML parser', async () => {
    expect((await bundledPackages('readYaml')).has('yaml')).toBe(true);
  });
});
