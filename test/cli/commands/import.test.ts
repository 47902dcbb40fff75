import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/run.js';
import { parseRecord } from '../../../src/record/parseRecord.js';
import { parseCatalog } from '../../../src/catalog/parseCatalog.js';
import { memoryIo } from '../memoryIo.js';
import { expectUsageError } from '../expectUsageError.js';

const fixture = (path: string): string => readFileSync(new URL(`../../fixtures/standards/${path}`, import.meta.url), 'utf8');
const FILES = {
  'simple.json': fixture('ob3/simple.json'),
  'err-type.json': fixture('ob3/simple-err-type.json'),
  'complex.json': fixture('clr2/complex.json'),
  'clr.jwt': fixture('clr2/simple.jwt'),
  'edc.json': fixture('edc/edc-mc-example.json'),
};

async function importing(...argv: string[]) {
  const io = memoryIo(FILES);
  const code = await run(['import', ...argv], io);
  return { code, out: io.stdoutText(), err: io.stderrText() };
}

describe('credstack import', () => {
  it('prints an Open Badge as a record in YAML that credstack reads back, with warnings on stderr', async () => {
    const { code, out, err } = await importing('ob3', 'simple.json', '--as-of', '2024-06-30');
    expect(code).toBe(0);
    const record = parseRecord(out);
    expect(record.achievements).toHaveLength(1);
    expect(record.achievements[0]).toMatchObject({ status: 'completed', earnedOn: '2010-01-01', externalId: { scheme: 'ob3', id: 'https://example.com/achievements/21st-century-skills/teamwork' }, source: 'simple.json' });
    expect(record.achievements[0]).not.toHaveProperty('verified');
    expect(err).toMatch(/^simple\.json:1:1: warning unverified: /m);
  });

  it('prints JSON with --json, and the catalog parts with --parts --emit catalog', async () => {
    const json = await importing('clr', 'complex.json', '--json');
    expect(json.code).toBe(0);
    expect((JSON.parse(json.out) as { achievements: unknown[] }).achievements.length).toBeGreaterThan(1);
    const parts = await importing('clr', 'complex.json', '--parts', '--emit', 'catalog');
    expect(parts.code).toBe(0);
    const catalog = parseCatalog(parts.out);
    // The program of the CLR is a stack of its courses.
    expect(catalog.document.units?.some((u) => u.requirements !== undefined)).toBe(true);
  });

  it('checks a VC-JWT against its header key only when told to, and says what that proves', async () => {
    const trusted = await importing('clr', 'clr.jwt', '--trust-header-key');
    expect(trusted.code).toBe(0);
    expect(parseRecord(trusted.out).achievements.every((a) => a.verified !== undefined)).toBe(true);
    expect(trusted.err).toContain('not who signed it');
    const plain = await importing('clr', 'clr.jwt');
    expect(parseRecord(plain.out).achievements.some((a) => a.verified !== undefined)).toBe(false);
  });

  it('exits 3 with the issues when the document cannot be imported, or the file cannot be read', async () => {
    const bad = await importing('ob3', 'err-type.json');
    expect(bad.code).toBe(3);
    expect(bad.out).toBe('');
    expect(bad.err).toMatch(/^err-type\.json:\d+:\d+: invalid_value at type: /m);
    const missing = await importing('ob3', 'nowhere.json');
    expect(missing.code).toBe(3);
    expect(missing.err).toBe('nowhere.json: cannot read: no such file\n');
  });

  it('imports a European Digital Credential: the record, and its micro-credential unit without --parts', async () => {
    const record = await importing('edc', 'edc.json');
    expect(record.code).toBe(0);
    expect(parseRecord(record.out).achievements).toHaveLength(1);
    const parts = await importing('edc', 'edc.json', '--emit', 'catalog', '--json');
    const catalog = parseCatalog(parts.out);
    expect(catalog.document.units?.[0]?.kind).toBe('micro-credential');
    expect(catalog.document.units?.[0]?.microcredential?.learningOutcomes?.length).toBeGreaterThan(0);
  });

  it('refuses what it cannot do as usage errors', async () => {
    expectUsageError(await importing(), /needs a format/);
    expectUsageError(await importing('pdf', 'x.pdf'), /import reads ob3, clr, edc, ctdl, not 'pdf'/);
    expectUsageError(await importing('ob3'), /needs a file/);
    expectUsageError(await importing('ob3', 'simple.json', '--emit', 'catalog'), /--emit catalog needs --parts/);
    expectUsageError(await importing('ob3', 'simple.json', '--emit', 'nothing'), /--emit must be record or catalog/);
    expectUsageError(await importing('ob3', 'simple.json', '--key', 'nokey.json'), /--key nokey\.json: no such file/);
  });
});
