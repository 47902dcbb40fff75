/**
 * The benchmark runner behind `npm run bench`.
 *
 *   npm run bench                 every benchmark, a table on stdout
 *   npm run bench -- --only P5    one benchmark (or several: --only P1,P5)
 *   npm run bench -- --json       the results as JSON on stdout (the table goes to stderr)
 *
 * Results are also written to `.bench/results.json`. Exits 1 when a
 * benchmark throws, 2 on a usage error; a missed target is reported, not an
 * exit code, since timings depend on the machine.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchmarks } from './benchmarks.js';
import type { Benchmark, BenchmarkResult } from './types.js';

interface Row {
  readonly id: string;
  readonly workload: string;
  readonly target: string;
  readonly result?: BenchmarkResult;
  readonly error?: string;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function parseArgs(argv: readonly string[]): { json: boolean; only: string[] | undefined } {
  let json = false;
  let only: string[] | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--only' || arg.startsWith('--only=')) {
      const value = arg === '--only' ? argv[++i] : arg.slice('--only='.length);
      if (!value) usage('--only needs a benchmark id, such as --only P5');
      only = [...(only ?? []), ...value.split(',').map((s) => s.trim().toUpperCase()).filter(Boolean)];
    } else usage(`unknown argument ${JSON.stringify(arg)}`);
  }
  return { json, only };
}

function usage(message: string): never {
  process.stderr.write(`bench: ${message}\nusage: tsx test/bench/run.ts [--only ID[,ID]] [--json]\n`);
  process.exit(2);
}

const fmt = (n: number | undefined, digits = 1): string =>
  n === undefined || !Number.isFinite(n) ? '' : n >= 1000 ? Math.round(n).toLocaleString('en') : n.toFixed(digits);

function table(rows: readonly Row[]): string {
  const header = ['id', 'median', 'p95', 'unit', 'target', 'met', 'baseline', 'ratio', 'workload'];
  const body = rows.map((r) => {
    const x = r.result;
    if (!x) return [r.id, 'error', '', '', r.target, 'no', '', '', r.error ?? ''];
    return [r.id, fmt(x.median), fmt(x.p95), x.unit, r.target, x.met ? 'yes' : 'NO', fmt(x.baseline), fmt(x.ratio, 2), r.workload];
  });
  const widths = header.map((h, c) => Math.max(h.length, ...body.map((line) => (line[c] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

async function runOne(b: Benchmark, log: (text: string) => void): Promise<Row> {
  log(`running ${b.id}: ${b.workload} ...`);
  try {
    return { id: b.id, workload: b.workload, target: b.target, result: await b.run() };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`${b.id} failed: ${message}`);
    return { id: b.id, workload: b.workload, target: b.target, error: message.split('\n')[0] ?? message };
  }
}

async function main(): Promise<void> {
  const { json, only } = parseArgs(process.argv.slice(2));
  // `P2` selects every `P2 ...` row; `P2 N=20` selects one.
  const matches = (b: { id: string }, id: string): boolean => b.id.toUpperCase() === id || b.id.toUpperCase().startsWith(`${id} `);
  const unknown = (only ?? []).filter((id) => !benchmarks.some((b) => matches(b, id)));
  if (unknown.length > 0) usage(`no benchmark ${unknown.join(', ')}; known: ${benchmarks.map((b) => b.id).join(', ')}`);
  const selected = only ? benchmarks.filter((b) => only.some((id) => matches(b, id))) : benchmarks;
  // With --json, stdout carries only the JSON so it can be piped.
  const log = (text: string): void => void (json ? process.stderr : process.stdout).write(`${text}\n`);

  const rows: Row[] = [];
  for (const b of selected) rows.push(await runOne(b, log));

  const report = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu: cpus()[0]?.model ?? 'unknown',
    results: rows,
  };
  const out = join(ROOT, '.bench');
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
  log(`\n${table(rows)}\n\nwritten to ${join(out, 'results.json')}`);
  if (json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  if (rows.some((r) => r.error !== undefined)) process.exitCode = 1;
}

await main();
