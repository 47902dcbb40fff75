import type { Io } from '../Io.js';
import type { CohortLine, CohortOutcome, CohortPool } from './CohortPool.js';
import type { CohortSummary } from './CohortSummary.js';
import { splitLines, type SplitLine } from './splitLines.js';
import { cohortProgress } from './cohortProgress.js';

/** How {@link runCohort} reads, audits and prints. */
export interface RunCohortOptions {
  /** The file's bytes, in order. */
  readonly chunks: AsyncIterable<Uint8Array>;
  readonly pool: CohortPool;
  /** Lines sent to an auditor at once. */
  readonly batchSize: number;
  /** The most bytes one line may have. */
  readonly maxLineBytes: number;
}

/**
 * Streams an NDJSON file of records through a pool of auditors and prints
 * one NDJSON line per record on standard output, in file order, waiting
 * for standard output to drain so that memory stays flat however long the
 * file. At most two batches per auditor are in flight. A line that cannot
 * be read or audited is printed as `{ line, issues }` and the rest go on.
 *
 * @param io - where to print (and, on a terminal, the progress line)
 * @param options - the file, the pool and the batch size
 * @returns the counts
 *
 * @example
 * ```ts
 * const summary = await runCohort(io, { chunks: io.readChunks!('cohort.ndjson'), pool, batchSize: 64, maxLineBytes: 1_000_000 });
 * ```
 *
 * @category Command line
 */
export async function runCohort(io: Io, options: RunCohortOptions): Promise<CohortSummary> {
  const counts = { records: 0, satisfied: 0, unsatisfied: 0, errors: 0, errorLines: [] as number[] };
  const progress = cohortProgress(io);
  const inFlight: Promise<readonly CohortOutcome[]>[] = [];
  const flushOne = async (): Promise<void> => {
    const outcomes = await inFlight.shift()!;
    for (const outcome of outcomes) count(counts, outcome);
    io.stdout(outcomes.map((o) => `${o.text}\n`).join(''));
    progress.update(counts.records);
    await io.drain?.();
  };
  let batch: SplitLine[] = [];
  for await (const entry of splitLines(options.chunks, options.maxLineBytes)) {
    batch.push(entry);
    if (batch.length < options.batchSize) continue;
    inFlight.push(audit(options.pool, batch));
    batch = [];
    if (inFlight.length >= 2 * options.pool.size) await flushOne();
  }
  if (batch.length > 0) inFlight.push(audit(options.pool, batch));
  while (inFlight.length > 0) await flushOne();
  progress.done();
  return counts;
}

/** Audits the readable lines of a batch and puts the unreadable ones' issues in their places. */
async function audit(pool: CohortPool, batch: readonly SplitLine[]): Promise<readonly CohortOutcome[]> {
  const readable = batch.filter((e): e is CohortLine => 'text' in e);
  const audited = readable.length > 0 ? await pool.run(readable) : [];
  let k = 0;
  return batch.map((e) => ('text' in e ? audited[k++]! : { line: e.line, kind: 'error', text: JSON.stringify({ line: e.line, issues: [e.issue] }) }));
}

function count(counts: { records: number; satisfied: number; unsatisfied: number; errors: number; errorLines: number[] }, outcome: CohortOutcome): void {
  counts.records += 1;
  if (outcome.kind === 'satisfied') counts.satisfied += 1;
  else if (outcome.kind === 'unsatisfied') counts.unsatisfied += 1;
  else {
    counts.errors += 1;
    if (counts.errorLines.length < 10) counts.errorLines.push(outcome.line);
  }
}

