import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { quantile } from './measure.js';
import type { Benchmark, BenchmarkResult } from './types.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ESBUILD = join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'esbuild.cmd' : 'esbuild');
const TARGET_KB = 40;
const HELPER_TARGET_KB = 5;
const START_TARGET_MS = 100;
const START_RUNS = 15;

/** What a bundle weighs, and which packages (or source folders) its minified bytes come from. */
interface BundleSize {
  readonly minified: number;
  readonly gzipped: number;
  readonly shares: Readonly<Record<string, number>>;
}

interface Metafile {
  readonly outputs: Record<string, { readonly inputs: Record<string, { readonly bytesInOutput: number }> }>;
}

/** Where an input of the bundle comes from: its package, or `credstack` for the library's own code. */
function origin(input: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  return match ? match[1]! : 'credstack';
}

/** The built files the package's `import` entries resolve to. */
const BUILT = ['dist/index.js', 'dist/browser/browser.js'];

/**
 * Bundles `names` imported from one of the package's entries (`credstack`,
 * `credstack/browser`, resolved through its `exports` as an application
 * resolves them) as an application would: esbuild (the one tsup runs),
 * minified, ES module, for the browser, dependencies included. Sizes in kB
 * of 1,000 bytes (what `gzip | wc -c` gives, over 1,000); gzip at its
 * default level, as `gzip` compresses.
 */
function bundle(entry: string, names: readonly string[]): BundleSize {
  const missing = BUILT.filter((file) => !existsSync(join(ROOT, file)));
  if (missing.length > 0) throw new Error(`${missing.join(', ')} missing: npm run build first`);
  const work = mkdtempSync(join(tmpdir(), 'credstack-bundle-'));
  try {
    const meta = join(work, 'meta.json');
    const out = join(work, 'bundle.js');
    const args = ['--bundle', '--minify', '--format=esm', '--platform=browser', '--log-level=error', `--metafile=${meta}`, `--outfile=${out}`];
    const source = `export { ${names.join(', ')} } from ${JSON.stringify(entry)};`;
    const built = spawnSync(ESBUILD, args, { cwd: ROOT, input: source });
    if (built.status !== 0) throw new Error(`esbuild failed: ${built.stderr.toString() || built.error?.message}`);
    const code = readFileSync(out);
    const shares: Record<string, number> = {};
    const { outputs } = JSON.parse(readFileSync(meta, 'utf8')) as Metafile;
    for (const output of Object.values(outputs)) {
      for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) shares[origin(input)] = (shares[origin(input)] ?? 0) + bytesInOutput / 1000;
    }
    return { minified: code.length / 1000, gzipped: gzipSync(code).length / 1000, shares };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The figures of a size, for a row: one measurement, so median and p95 agree. */
function sizeRow(size: BundleSize, target: number, baseline: BundleSize, baselineLabel: string): BenchmarkResult {
  const shares = Object.entries(size.shares)
    .filter(([, kb]) => kb >= 0.05)
    .sort((a, b) => b[1] - a[1])
    .map(([name, kb]): [string, number] => [`minified kB from ${name}`, round(kb)]);
  return {
    median: size.gzipped,
    p95: size.gzipped,
    unit: 'kB gz',
    samples: 1,
    met: size.gzipped < target,
    baseline: baseline.gzipped,
    baselineLabel,
    ratio: size.gzipped / baseline.gzipped,
    details: { minifiedKb: round(size.minified), gzippedKb: round(size.gzipped), baselineMinifiedKb: round(baseline.minified), ...Object.fromEntries(shares) },
  };
}

const round = (n: number): number => Math.round(n * 10) / 10;

/** Milliseconds each of `runs` runs of a command takes, after two untimed ones. */
function timeRuns(args: readonly string[], runs: number): number[] {
  const times: number[] = [];
  for (let i = -2; i < runs; i++) {
    const start = performance.now();
    const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const took = performance.now() - start;
    if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}: ${run.stderr.toString()}`);
    if (i >= 0) times.push(took);
  }
  return times.sort((a, b) => a - b);
}

/**
 * P7 bundle: what an advisor's page pays to check a catalog and audit a
 * record in the browser: `safeParseCatalog` and `safeAudit` imported from
 * `credstack/browser` (JSON or plain data; no YAML parser), bundled and
 * minified with their dependencies, gzipped. The baseline is the same two
 * functions imported from the main entry.
 */
const bundleBenchmark: Benchmark = {
  id: 'P7 bundle',
  workload: 'footprint: safeParseCatalog + safeAudit from credstack/browser, bundled for the browser, minified, gzipped',
  target: `under ${TARGET_KB} kB gz`,
  async run() {
    const names = ['safeParseCatalog', 'safeAudit'];
    return sizeRow(bundle('credstack/browser', names), TARGET_KB, bundle('credstack', names), 'the same from the main entry (credstack)');
  },
};

/** P7 helper: one small helper, `formatPath`, bundled the same way: what importing a little costs. */
const helperBenchmark: Benchmark = {
  id: 'P7 helper',
  workload: 'footprint: formatPath alone from credstack/browser, bundled for the browser, minified, gzipped',
  target: `under ${HELPER_TARGET_KB} kB gz`,
  async run() {
    return sizeRow(bundle('credstack/browser', ['formatPath']), HELPER_TARGET_KB, bundle('credstack', ['formatPath']), 'the same from the main entry (credstack)');
  },
};

/**
 * P7 start-up: `node dist/cli.js --version`, the median of several runs,
 * beside Node.js starting with nothing to run (`node -e ""`), measured in
 * the same run: what the command line adds to Node's own start-up.
 */
const startBenchmark: Benchmark = {
  id: 'P7 start-up',
  workload: `footprint: command-line start-up, node dist/cli.js --version, ${START_RUNS} runs`,
  target: `under ${START_TARGET_MS} ms`,
  async run() {
    if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: npm run build first');
    const cli = timeRuns([join(ROOT, 'dist', 'cli.js'), '--version'], START_RUNS);
    const bare = timeRuns(['-e', ''], START_RUNS);
    const median = quantile(cli, 0.5);
    const baseline = quantile(bare, 0.5);
    return {
      median,
      p95: quantile(cli, 0.95),
      unit: 'ms',
      samples: cli.length,
      met: median < START_TARGET_MS,
      baseline,
      baselineLabel: 'node -e "" (Node.js start-up alone)',
      ratio: median / baseline,
      details: { fastestMs: round(cli[0]!), addedMs: round(median - baseline) },
    };
  },
};

/** The P7 rows: the browser bundle, one small helper, and command-line start-up. */
export const bundleBenchmarks: readonly Benchmark[] = [bundleBenchmark, helperBenchmark, startBenchmark];
