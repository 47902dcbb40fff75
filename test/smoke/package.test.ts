/**
 * Smoke test of the built package: pack it, install the tarball into a
 * fresh project, and use it there as ESM, as CommonJS and through its bin.
 * Run after `npm run build` (`npm run test:package` does both).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

// npm run sets these for the outer project; a nested npm must not inherit them.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^npm_(package_|lifecycle_|config_local_prefix)/i.test(key)),
);

const CATALOG = {
  organisations: [{ id: 'mitx', name: 'MITx', kind: 'platform' }],
  units: [
    { id: 'SC0x', kind: 'course', title: 'Supply Chain Analytics', provider: 'mitx', credits: { value: 4, system: 'ects' } },
    { id: 'SC1x', kind: 'course', title: 'Supply Chain Fundamentals', provider: 'mitx', prerequisites: { unit: 'SC0x' } },
    { id: 'SCM', kind: 'micro-credential', title: 'MicroMasters in SCM', provider: 'mitx', requirements: { all: [{ unit: 'SC0x' }, { unit: 'SC1x' }] } },
  ],
};
const BAD = { units: [{ id: 'x', kind: 'course', title: 'X', provider: 'nowhere' }] };
const YAML = 'units:\n  - id: c1\n    kind: course\n    title: Intro\n';

let work = '';
let project = '';

function run(command: string, args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 90_000 });
}

function expectOk(result: SpawnSyncReturns<string>, what: string): string {
  if (result.status !== 0) throw new Error(`${what} exited ${result.status}:\n${result.stderr || result.error?.message || ''}`);
  return result.stdout;
}

beforeAll(() => {
  for (const file of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts']) {
    if (!existsSync(join(ROOT, file))) throw new Error(`${file} is missing: run \`npm run build\` first`);
  }
  work = mkdtempSync(join(tmpdir(), 'credstack-smoke-'));
  const packed = JSON.parse(expectOk(run(NPM, ['pack', '--json', '--pack-destination', work], ROOT), 'npm pack')) as { filename: string }[];
  const tarball = join(work, packed[0]?.filename ?? '');
  project = join(work, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'credstack-smoke', version: '0.0.0', private: true }));
  const flags = ['install', '--no-audit', '--no-fund', '--no-package-lock'];
  // The dependencies are in the npm cache after `npm ci`; fall back to the registry if they are not.
  const offline = run(NPM, [...flags, '--offline', tarball], project);
  if (offline.status !== 0) expectOk(run(NPM, [...flags, tarball], project), 'npm install');
}, 120_000);

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('ships no sources and no tests', () => {
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/credstack/package.json'), 'utf8')) as { version: string };
    expect(manifest.version).toBe(version);
    expect(existsSync(join(project, 'node_modules/credstack/src'))).toBe(false);
    expect(existsSync(join(project, 'node_modules/credstack/test'))).toBe(false);
  });

  it('ships the guides the README links to, so that every link of it resolves inside the package', () => {
    const root = join(project, 'node_modules/credstack');
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\((docs\/[^)#\s]+\.md)(?:#[^)]*)?\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) expect(existsSync(join(root, link)), link).toBe(true);
    expect(existsSync(join(root, 'docs/api'))).toBe(false);
  });

  it('loads as ESM and parses a catalog', () => {
    const script = `
      import { parseCatalog, safeParseCatalog, CredstackError } from 'credstack';
      const catalog = parseCatalog(${JSON.stringify(CATALOG)});
      const bad = safeParseCatalog(${JSON.stringify(BAD)});
      let threw = false;
      try { parseCatalog(${JSON.stringify(BAD)}); } catch (error) { threw = error instanceof CredstackError; }
      console.log(JSON.stringify({
        units: catalog.units.length,
        title: catalog.unit('SC1x')?.title,
        bad: bad.success ? [] : bad.issues.map((i) => i.code),
        threw,
      }));`;
    const out = JSON.parse(expectOk(run(process.execPath, ['--input-type=module', '-e', script], project), 'ESM import'));
    expect(out).toEqual({ units: 3, title: 'Supply Chain Fundamentals', bad: ['unknown_reference'], threw: true });
  });

  it('loads as CommonJS and parses a catalog, YAML included', () => {
    const script = `
      const c = require('credstack');
      const ok = c.safeParseCatalog(${JSON.stringify(CATALOG)});
      const yaml = c.safeParseCatalog(${JSON.stringify(YAML)});
      console.log(JSON.stringify({
        ok: ok.success,
        yaml: yaml.success ? yaml.data.units.map((u) => u.id) : yaml.issues,
        error: typeof c.CredstackError === 'function' && new c.CredstackError([]) instanceof Error,
      }));`;
    const out = JSON.parse(expectOk(run(process.execPath, ['-e', script], project), 'CommonJS require'));
    expect(out).toEqual({ ok: true, yaml: ['c1'], error: true });
  });

  it('runs the credstack bin', () => {
    const bin = join(project, 'node_modules', '.bin', process.platform === 'win32' ? 'credstack.cmd' : 'credstack');
    expect(existsSync(bin)).toBe(true);
    expect(expectOk(run(bin, ['--version'], project), 'credstack --version')).toContain(version);
    expect(expectOk(run(bin, ['--help'], project), 'credstack --help').length).toBeGreaterThan(0);
  });

  it('audits a cohort on worker threads, in file order, as on one thread', () => {
    const bin = join(project, 'node_modules', '.bin', process.platform === 'win32' ? 'credstack.cmd' : 'credstack');
    writeFileSync(join(project, 'catalog.json'), JSON.stringify(CATALOG));
    const lines = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: `r${i}`, achievements: i % 2 === 0 ? [{ id: 'a', unit: 'SC0x', earnedOn: '2023-01-01' }] : [{ id: 'a', unit: 'SC0x', earnedOn: '2023-01-01' }, { id: 'b', unit: 'SC1x', earnedOn: '2023-06-01' }] }));
    lines[150] = '{"id": "broken", ';
    writeFileSync(join(project, 'cohort.ndjson'), `${lines.join('\n')}\n`);
    const args = ['audit', '--catalog', 'catalog.json', '--records', 'cohort.ndjson', '--program', 'SCM'];
    const threads = run(bin, [...args, '--workers', '2'], project);
    const single = run(bin, [...args, '--workers', '1'], project);
    expect(threads.status).toBe(3);
    expect(threads.stdout).toBe(single.stdout);
    const out = threads.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { line: number; result?: { satisfied: boolean }; issues?: unknown[] });
    expect(out.map((o) => o.line)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    expect(out[150]?.issues).toBeDefined();
    expect(out.filter((o) => o.result?.satisfied === true)).toHaveLength(150);
    expect(threads.stderr).toMatch(/^cohort\.ndjson: 300 records: 150 satisfied, 149 not satisfied, 1 not audited \(line 151\) in [\d.]+ s$/m);
  });
});
