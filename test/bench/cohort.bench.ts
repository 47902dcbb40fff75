import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, openSync, readFileSync, rmSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCohort } from './generateCohort.js';
import type { Benchmark } from './types.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const RECORDS = 100_000;
const TARGET_S = 20;
const TARGET_MB = 300;
const SEED = 20261202;

/** Writes the cohort file line by line (flat memory here too). */
async function writeCohort(path: string): Promise<void> {
  const out = createWriteStream(path);
  for (const line of generateCohort(SEED, RECORDS)) {
    if (!out.write(`${line}\n`)) await new Promise<void>((done) => out.once('drain', () => done()));
  }
  await new Promise<void>((done, fail) => out.end((error?: Error | null) => (error ? fail(error) : done())));
}

/** The peak resident memory (VmHWM, in MB) of a running process, from /proc; undefined where there is none. */
function peakMb(pid: number): number | undefined {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined;
  }
}

/** Runs the built command line on the cohort, results to a file; the wall time and the last peak memory seen. */
function runCli(records: string, results: string): Promise<{ seconds: number; peak: number | undefined; code: number | null; stderr: string }> {
  const args = [join(ROOT, 'dist', 'cli.js'), 'audit', '--catalog', join(ROOT, 'examples', 'data', 'scm-catalog.yaml'), '--records', records, '--program', 'hes-almm', '--as-of', '2024-06-30', '--workers', '2'];
  const fd = openSync(results, 'w');
  const start = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', fd, 'pipe'] });
  let peak: number | undefined;
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const poll = setInterval(() => {
    const now = peakMb(child.pid!);
    if (now !== undefined) peak = Math.max(peak ?? 0, now);
  }, 25);
  return new Promise((done) => {
    child.on('exit', (code) => {
      clearInterval(poll);
      closeSync(fd);
      done({ seconds: (performance.now() - start) / 1000, peak, code, stderr });
    });
  });
}

/**
 * P3: a cohort streamed through the command line. 100,000 generated
 * learners (MITx SCM and Harvard Extension courses) against Harvard
 * Extension's ALM in Management, on two worker threads, results written as
 * NDJSON to a file. Measures the wall time of the whole command (start-up,
 * catalog, workers) and its peak resident memory, read from /proc while it
 * runs (every 25 ms; the true peak can only be higher by what one interval
 * allocates). Needs the built command line (`npm run build`).
 */
export const cohortBenchmark: Benchmark = {
  id: 'P3',
  workload: `cohort: ${RECORDS.toLocaleString('en')} records (NDJSON) against one program through credstack audit --records, 2 worker threads`,
  target: `under ${TARGET_S} s and under ${TARGET_MB} MB peak memory on 2 cores`,
  async run() {
    if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: npm run build first');
    const dir = mkdtempSync(join(tmpdir(), 'credstack-p3-'));
    try {
      const records = join(dir, 'cohort.ndjson');
      await writeCohort(records);
      const r = await runCli(records, join(dir, 'results.ndjson'));
      const summary = /(\d[\d,]*) records: ([\d,]+) satisfied, ([\d,]+) not satisfied(?:, ([\d,]+) not audited)?/.exec(r.stderr);
      if (!summary || r.code === null || r.code > 3) throw new Error(`the command failed (exit ${r.code}): ${r.stderr.slice(0, 500)}`);
      const n = (s: string | undefined): number => Number((s ?? '0').replaceAll(',', ''));
      console.error(`  P3: ${r.seconds.toFixed(1)} s, peak ${r.peak?.toFixed(0) ?? '?'} MB; ${summary[0]}`);
      return {
        median: Number(r.seconds.toFixed(2)),
        p95: Number(r.seconds.toFixed(2)),
        unit: 's',
        samples: 1,
        met: r.seconds < TARGET_S && r.peak !== undefined && r.peak < TARGET_MB,
        details: { peakMb: r.peak === undefined ? 'not measured (no /proc)' : Math.round(r.peak), records: n(summary[1]), satisfied: n(summary[2]), notSatisfied: n(summary[3]), notAudited: n(summary[4]), recordsPerSecond: Math.round(n(summary[1]) / r.seconds) },
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
