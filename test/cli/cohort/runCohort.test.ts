import { describe, expect, it } from 'vitest';
import type { CohortLine, CohortOutcome, CohortPool } from '../../../src/cli/cohort/CohortPool.js';
import { runCohort } from '../../../src/cli/cohort/runCohort.js';
import { memoryIo } from '../memoryIo.js';

/** A pool of `size` auditors that answer batches after a delay that shrinks batch by batch (later batches finish first), counting how many are in flight. */
function outOfOrderPool(size: number): CohortPool & { peak: number } {
  let inFlight = 0;
  let calls = 0;
  const pool = {
    size,
    peak: 0,
    async run(batch: readonly CohortLine[]): Promise<readonly CohortOutcome[]> {
      inFlight += 1;
      pool.peak = Math.max(pool.peak, inFlight);
      const wait = Math.max(0, 8 - (calls++ % 8));
      await new Promise((done) => setTimeout(done, wait));
      inFlight -= 1;
      return batch.map((e) => ({ line: e.line, kind: e.text.includes('"ok":true') ? 'satisfied' : 'unsatisfied', text: JSON.stringify({ line: e.line }) }));
    },
    close: async () => undefined,
  };
  return pool;
}

/** Chunks of one line each, counting how many the runner has pulled. */
function countedLines(n: number): { chunks: AsyncIterable<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const encoder = new TextEncoder();
  return {
    chunks: (async function* lines() {
      for (let i = 1; i <= n; i++) {
        pulled += 1;
        yield encoder.encode(`{"ok":${i % 3 === 0}}\n`);
      }
    })(),
    pulled: () => pulled,
  };
}

describe('runCohort', () => {
  it('prints one line per record in file order, whatever order the auditors finish in', async () => {
    const io = memoryIo();
    const pool = outOfOrderPool(3);
    const { chunks } = countedLines(100);
    const summary = await runCohort(io, { chunks, pool, batchSize: 4, maxLineBytes: 1_000 });
    const lines = io.stdoutText().trimEnd().split('\n').map((l) => (JSON.parse(l) as { line: number }).line);
    expect(lines).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(summary).toMatchObject({ records: 100, satisfied: 33, unsatisfied: 67, errors: 0 });
  });

  it('keeps at most two batches per auditor in flight and reads no further ahead (flat memory)', async () => {
    const io = memoryIo();
    const pool = outOfOrderPool(2);
    const source = countedLines(1_000);
    const readAhead: number[] = [];
    const stdout = io.stdout;
    let printed = 0;
    io.stdout = (text) => {
      printed += text.split('\n').length - 1;
      readAhead.push(source.pulled() - printed);
      stdout(text);
    };
    await runCohort(io, { chunks: source.chunks, pool, batchSize: 10, maxLineBytes: 1_000 });
    expect(pool.peak).toBeLessThanOrEqual(4);
    // Lines read but not yet printed: the batches in flight and the one being filled.
    expect(Math.max(...readAhead)).toBeLessThanOrEqual(2 * 2 * 10 + 10);
    expect(printed).toBe(1_000);
  });

  it('puts the issue of a line that cannot be read in its place and goes on', async () => {
    const io = memoryIo();
    const chunks = (async function* one() {
      yield new TextEncoder().encode(`{"ok":true}\n${'x'.repeat(40)}\n{"ok":false}\n`);
    })();
    const summary = await runCohort(io, { chunks, pool: outOfOrderPool(1), batchSize: 2, maxLineBytes: 20 });
    const out = io.stdoutText().trimEnd().split('\n').map((l) => JSON.parse(l) as { line: number; issues?: { code: string }[] });
    expect(out.map((o) => o.line)).toEqual([1, 2, 3]);
    expect(out[1]?.issues?.[0]?.code).toBe('too_large');
    expect(summary).toMatchObject({ records: 3, satisfied: 1, unsatisfied: 1, errors: 1, errorLines: [2] });
  });
});
